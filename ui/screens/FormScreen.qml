import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

// One step of the patient's details (patient, guardian, reason, payment). The fields, their
// labels, keyboards and problems all come from the view-model, which asks the domain rules; this
// only lays them out. A field's problem shows once the patient has left it, or on "Next".
ScreenPage {
    id: page
    required property var form
    title: form.title
    subtitle: form.intro
    titleName: "formTitle"
    emergency: session.screen === "reason"

    property Item focusedField: null
    // The same screen serves every step: a new step starts at its top.
    property string step: session.screen
    onStepChanged: { flick.contentY = 0; focusedField = null }
    function ensureVisible(item) {
        if (!item) return
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        // Room above for the field's label, below for its problem: less where the page is short
        // (the keyboard or the letter board is up).
        const above = Math.min(160, Math.max(0, (flick.height - item.height) / 2))
        const bottom = y + item.height + Math.min(120, above)
        if (y - above < flick.contentY) flick.contentY = Math.max(0, y - above)
        else if (bottom > flick.contentY + flick.height) flick.contentY = Math.min(bottom - flick.height, Math.max(0, flick.contentHeight - flick.height))
    }
    // A choice made by keys keeps the focus where it was: the fields are built again when a value
    // changes, and a keypad user would otherwise be left nowhere (and hear nothing).
    function keepFocus(name) {
        Qt.callLater(function() {
            const it = page.Window.window.findItem(name)
            if (it) it.forceActiveFocus(Qt.TabFocusReason)
        })
    }
    // The keyboard opened and the page got shorter: keep the field being typed into in sight.
    Connections { target: page.flick; function onHeightChanged() { page.ensureVisible(page.focusedField) } }

    function hints(keyboard) {
        const never = Qt.ImhNoPredictiveText | Qt.ImhSensitiveData   // PHI: no prediction, no learning
        switch (keyboard) {
        // Dates and the 5-digit ZIP: the plain digit pad (the "formatted numbers" pad adds ÷ × √).
        case "digits": return never | Qt.ImhDigitsOnly
        case "phone": return never | Qt.ImhDialableCharactersOnly
        case "email": return never | Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        case "code": return never | Qt.ImhPreferNumbers | Qt.ImhPreferUppercase | Qt.ImhNoAutoUppercase
        default: return never
        }
    }

    // Two columns where the screen is wide enough: a step's fields and its Next fit without
    // scrolling at 1920x1080. Choices and the reason take the whole width.
    GridLayout {
        id: grid
        Layout.fillWidth: true
        Layout.maximumWidth: 1600
        columns: page.width >= 1500 ? 2 : 1
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap
    Repeater {
        model: page.form.fields
        ColumnLayout {
            id: field
            required property var modelData
            readonly property string error: page.form.problems[modelData.key] || ""
            readonly property bool wide: modelData.kind === "choice" || modelData.kind === "longtext"
            Layout.fillWidth: true
            Layout.columnSpan: wide ? grid.columns : 1
            Layout.preferredWidth: wide ? grid.width : (grid.width - grid.columnSpacing * (grid.columns - 1)) / grid.columns
            Layout.alignment: Qt.AlignTop
            spacing: 8
            KText {
                Layout.fillWidth: true
                text: field.modelData.label
                font.bold: true
            }
            KText {
                Layout.fillWidth: true
                visible: text !== ""
                text: field.modelData.hint
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            Loader {
                Layout.fillWidth: true
                sourceComponent: field.modelData.kind === "choice" ? choice
                               : field.modelData.kind === "pick" ? pick
                               : field.modelData.kind === "longtext" ? longText : line
            }
            KText {
                objectName: "error_" + field.modelData.key
                Layout.fillWidth: true
                visible: field.error !== ""
                text: field.error
                color: Theme.danger
                font.bold: true
                Accessible.role: Accessible.AlertMessage
            }

            Component {
                id: line
                TextField {
                    objectName: "field_" + field.modelData.key
                    property string spokenLabel: field.modelData.label + (field.error ? ". " + field.error : "")
                    text: field.modelData.value
                    placeholderText: field.modelData.kind === "date" ? field.modelData.hint : ""
                    placeholderTextColor: Theme.muted
                    maximumLength: field.modelData.maxLength
                    inputMethodHints: page.hints(field.modelData.keyboard)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.ink
                    implicitHeight: Math.max(Theme.touchMin + 16, contentHeight + 32)
                    leftPadding: 20
                    Accessible.name: field.modelData.label + (field.error ? ". " + field.error : "")
                    background: Rectangle {
                        radius: Theme.radius / 2
                        color: Theme.surface
                        border.width: parent.activeFocus ? 4 : 2
                        border.color: field.error ? Theme.danger : parent.activeFocus ? Theme.focus : Theme.muted
                    }
                    onTextEdited: {
                        if (field.modelData.kind === "date") {
                            // Digits only; the slashes are put in as the patient types.
                            const d = text.replace(/\D/g, "").slice(0, 8)
                            const shaped = d.slice(0, 2) + (d.length > 2 ? "/" + d.slice(2, 4) : "") + (d.length > 4 ? "/" + d.slice(4) : "")
                            if (shaped !== text) text = shaped
                        }
                        page.form.setField(field.modelData.key, text)
                    }
                    onActiveFocusChanged: {
                        if (activeFocus) { page.focusedField = this; page.ensureVisible(this) }
                        else page.form.leaveField(field.modelData.key)
                    }
                    onAccepted: nextItemInFocusChain().forceActiveFocus()
                }
            }
            Component {
                id: longText
                ColumnLayout {
                    spacing: 12
                    TextArea {
                        textFormat: TextEdit.PlainText
                        id: area
                        objectName: "field_" + field.modelData.key
                        Layout.fillWidth: true
                        Layout.preferredHeight: 200
                        text: field.modelData.value
                        wrapMode: TextEdit.Wrap
                        inputMethodHints: page.hints("text")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.ink
                        Accessible.name: field.modelData.label
                        property string spokenLabel: field.modelData.label
                        // Tab leaves the box (a keyboard or keypad user must get to Next), never
                        // types a tab character into the reason.
                        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: Theme.surface
                            border.width: area.activeFocus ? 4 : 2
                            border.color: field.error ? Theme.danger : area.activeFocus ? Theme.focus : Theme.muted
                        }
                        onTextChanged: {
                            if (length > field.modelData.maxLength) remove(field.modelData.maxLength, length)
                            else if (activeFocus) page.form.setField(field.modelData.key, text)
                        }
                        onActiveFocusChanged: {
                            if (activeFocus) { page.focusedField = this; page.ensureVisible(this) }
                            else page.form.leaveField(field.modelData.key)
                        }
                    }
                    KText {
                        objectName: "reasonCounter"
                        Layout.fillWidth: true
                        text: qsTr("%1 of %2 characters").arg(area.length).arg(field.modelData.maxLength)
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        horizontalAlignment: Text.AlignRight
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 16
                        Repeater {
                            model: page.form.reasonPicks
                            KButton {
                                required property string modelData
                                required property int index
                                objectName: "reasonPick_" + index
                                kind: "secondary"
                                minHeight: Theme.touchMin + 8
                                fontSize: Theme.bodySize
                                text: modelData
                                onClicked: page.form.addReason(modelData)
                            }
                        }
                    }
                }
            }
            Component {
                id: choice
                Flow {
                    spacing: 16
                    Repeater {
                        model: field.modelData.options
                        OptionButton {
                            required property var modelData
                            objectName: "option_" + field.modelData.key + "_" + modelData.value
                            chosen: field.modelData.value === modelData.value
                            label: modelData.label
                            minHeight: Theme.touchMin + 16
                            checkable: false
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: chosen
                            Accessible.name: field.modelData.label + ": " + modelData.label
                            onClicked: {
                                // this button is gone once the value is set: what it knew is kept first
                                const keyed = visualFocus, name = objectName, screen = page
                                screen.form.setField(field.modelData.key, modelData.value)
                                if (keyed) screen.keepFocus(name)
                            }
                        }
                    }
                }
            }
            Component {
                id: pick
                RowLayout {
                    KButton {
                        objectName: "pick_" + field.modelData.key
                        kind: "secondary"
                        minHeight: Theme.touchMin + 16
                        fontSize: Theme.bodySize
                        text: field.modelData.valueLabel || qsTr("Choose…")
                        Accessible.name: field.modelData.label + ": " + (field.modelData.valueLabel || qsTr("not chosen"))
                        onClicked: picker.open(field.modelData)
                    }
                }
            }
        }
    }

    }

    footer: KButton {
        objectName: "nextButton"
        Layout.preferredWidth: 520
        text: qsTr("Next")
        onClicked: { page.forceActiveFocus(); page.form.nextStep() }
    }

    // A list to pick from (state, relationship, insurer), as big buttons rather than a drop-down.
    Overlay {
        id: picker
        objectName: "picker"
        parent: page
        cardWidth: 1600
        property var spec: null
        function open(s) { spec = s; visible = true }
        // Closed by keys, the focus goes back to the field's button (not left on a hidden option).
        function close(keyed) {
            const key = spec ? spec.key : ""
            visible = false
            if (keyed && key) page.keepFocus("pick_" + key)
        }
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { Layout.fillWidth: true; text: picker.spec ? picker.spec.label : ""; font.pixelSize: Theme.titleSize * 0.7; font.bold: true }
            // Scrolls when the list is taller than the screen (59 states on a small display).
            Flickable {
                id: pickerScroll
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(pickerFlow.implicitHeight, page.height - 2 * Theme.margin - 300)
                contentHeight: pickerFlow.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: 24; policy: pickerScroll.contentHeight > pickerScroll.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            Flow {
                id: pickerFlow
                width: pickerScroll.width - 32
                spacing: 12
                Repeater {
                    model: picker.spec ? picker.spec.options : []
                    OptionButton {
                        required property var modelData
                        objectName: "choose_" + modelData.value
                        width: picker.spec && picker.spec.options.length > 30 ? 360 : 440
                        chosen: picker.spec !== null && picker.spec.value === modelData.value
                        label: modelData.label
                        minHeight: Theme.touchMin + 8
                        Accessible.name: modelData.label
                        onClicked: { const key = picker.spec.key; picker.close(visualFocus); page.form.setField(key, modelData.value) }
                    }
                }
            }
            }
            KButton { objectName: "pickerClose"; kind: "secondary"; text: qsTr("Cancel"); onClicked: picker.close(visualFocus) }
        }
    }
}
