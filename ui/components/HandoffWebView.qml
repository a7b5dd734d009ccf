import QtQuick
import QtWebEngine

// The DexCare page, fenced: every decision is asked of webSession (kiosk/web/session.py).
WebEngineView {
    id: web
    required property var webSession  // kiosk/web/session.py's WebSession, given by Main.qml
    signal jsDialogRequested(var request, bool alert)
    // Nothing of the page's outlives the view, and no answer of the page's reaches a view that is
    // gone: Qt delivers a script's answer to the view that asked, and one that arrived after
    // the view was destroyed crashed the kiosk (a page's dialog held the renderer, a heartbeat's
    // answer waited behind it, and came once the dialog went with the view). So every script
    // with an answer goes through ask(), which counts it; a view leaving (Main.qml) asks no more,
    // and is destroyed only once every answer is in, or its renderer is gone.
    property int pendingAnswers: 0
    property bool retiring: false
    // A dialog of the page's is open (Main.qml): the renderer waits for the patient, not hung.
    property bool dialogOpen: false
    signal retired()
    onDialogOpenChanged: webSession.pageDialog(dialogOpen)

    // Runs `script` in our own script world; `callback` gets its answer while the view is the
    // patient's (never once it is leaving, when nothing more is asked).
    function ask(script, callback) {
        if (retiring) return
        pendingAnswers += 1
        web.runJavaScript(script, WebEngineScript.ApplicationWorld, function(result) {
            pendingAnswers = Math.max(0, pendingAnswers - 1)
            if (!retiring) callback(result)
        })
    }
    // The patient has left: stop asking, and tell Main.qml when the view can go (at once if no
    // answer is pending; else when they are in, or after a second by ending the renderer, whose
    // answers then never come).
    function retire() {
        if (retiring) return
        retiring = true
        keepFocusVisible.stop()
        settle()
    }
    function settle() {
        if (pendingAnswers > 0) { if (!retireDeadline.running) retireDeadline.start(); return }
        retireDeadline.stop()
        Qt.callLater(web.retired)
    }
    onPendingAnswersChanged: if (retiring) settle()
    // A second for the answers; then the renderer is ended (its answers never come), and if even
    // that is not reported within another second, the view goes all the same: a kiosk whose next
    // patient can never get a page would be worse.
    Timer {
        id: retireDeadline
        property bool ended: false
        interval: 1000
        onTriggered: {
            if (!ended && webSession.endRenderer(web.renderProcessPid)) { ended = true; restart() }
            else web.pendingAnswers = 0
        }
    }
    objectName: "webView"
    profile: webSession.profile
    url: webSession.url
    // No script opens a window: without a tap Chromium refuses it (null), and with one the page's
    // window.open and target="_blank" come to this same view (open-in-place.js), where the
    // fence decides. A refused window used to be handed to the page for ~5 ms before Qt dropped it.
    settings.javascriptCanOpenWindows: false
    userScripts.collection: [{
        name: "open-in-place",
        sourceUrl: Qt.resolvedUrl("../web/open-in-place.js"),
        injectionPoint: WebEngineScript.DocumentCreation,
        worldId: WebEngineScript.MainWorld,
        runsOnSubFrames: false,
    }]
    settings.pluginsEnabled: false
    settings.pdfViewerEnabled: false
    settings.screenCaptureEnabled: false
    settings.webRTCPublicInterfacesOnly: true
    settings.localContentCanAccessRemoteUrls: false
    settings.localContentCanAccessFileUrls: false
    settings.focusOnNavigationEnabled: true
    // The page never reads or writes the clipboard (the session also wipes any write at once).
    settings.javascriptCanAccessClipboard: false
    settings.javascriptCanPaste: false

    onNavigationRequested: (request) => {
        if (!webSession.allowNavigation(request.url.toString(), request.navigationType, request.isMainFrame))
            request.reject()
    }
    onNewWindowRequested: (request) => {
        // Allowed hosts open here, in the same fenced view; anything else never opens.
        if (webSession.allowNewWindow(request.requestedUrl.toString()))
            web.url = request.requestedUrl
    }
    onLoadingChanged: (info) => webSession.loadChanged(info.status, info.url.toString(), info.errorDomain, info.errorString)
    onRenderProcessTerminated: (status, code) => {
        pendingAnswers = 0  // a renderer that is gone answers nothing more
        if (!retiring) webSession.rendererTerminated(status)  // ended by us on the way out: not a crash
    }
    onCertificateError: (error) => { error.rejectCertificate(); webSession.certificateError(error.url.toString()) }
    onFileDialogRequested: (request) => { request.accepted = true; request.dialogReject() }
    onColorDialogRequested: (request) => { request.accepted = true; request.dialogReject() }
    onAuthenticationDialogRequested: (request) => { request.accepted = true; request.dialogReject() }
    onContextMenuRequested: (request) => { request.accepted = true }
    onPermissionRequested: (permission) => permission.deny()
    onFullScreenRequested: (request) => request.reject()
    onPrintRequested: () => {}
    onJavaScriptDialogRequested: (request) => {
        request.accepted = true
        // One at a time, and a page that keeps opening them is broken (webSession says so).
        if (!webSession.allowDialog()) { request.dialogReject(); return }
        web.jsDialogRequested(request, request.type === JavaScriptDialogRequest.DialogTypeAlert)
    }
    // The page's console could echo what a patient typed: only its level reaches our log.
    onJavaScriptConsoleMessage: (level, message, line, source) => webSession.consoleMessage(level)
    Component.onDestruction: webSession.viewDestroyed()

    // The keyboard opening shrinks this view (Main.qml), but Chromium does not scroll the field
    // being typed in back into what is left: do it, once the size has settled, in our own script
    // world (the page's scripts never see it; the DOM is the same).
    onHeightChanged: keepFocusVisible.restart()
    // A heartbeat the renderer must answer: a page stuck in `while (true) {}` never does, and
    // webSession treats the silence as a dead renderer (sorry, and a fresh start).
    // Paused while a dialog of the page's is open: the renderer is waiting for the patient.
    Timer {
        interval: 2000
        running: !web.retiring && !web.dialogOpen
        repeat: true
        onTriggered: web.ask("1", function() { webSession.heartbeat(web.renderProcessPid) })
    }
    // What has the focus in the page, for speech and the letter board (Main.qml): its kind, its
    // name as the page gives it (aria-label, a <label>, its own words, a placeholder) and, for a
    // field, the keys it wants and what it holds (read back only through headphones). Asked in
    // our own script world.
    function describeFocus(callback) {
        web.ask("(() => {"
            + " const e = document.activeElement;"
            + " if (!e || e === document.body || e === document.documentElement) return {kind: '', label: '', value: ''};"
            + " const tag = e.tagName.toLowerCase(), type = (e.type || '').toLowerCase();"
            + " const pressable = ['button', 'submit', 'reset', 'image'];"
            + " let kind = 'other';"
            + " if (tag === 'textarea' || (tag === 'input' && !pressable.concat(['checkbox', 'radio', 'hidden', 'range', 'color', 'file']).includes(type))) kind = 'field';"
            + " else if (tag === 'button' || (tag === 'input' && pressable.includes(type)) || e.getAttribute('role') === 'button') kind = 'button';"
            + " else if (tag === 'a') kind = 'link';"
            + " else if (tag === 'select' || type === 'checkbox' || type === 'radio') kind = 'choice';"
            + " const ids = (v) => v.split(/\\s+/).map((id) => { const n = document.getElementById(id); return n ? n.textContent : ''; }).join(' ');"
            + " let label = e.getAttribute('aria-label') || (e.getAttribute('aria-labelledby') ? ids(e.getAttribute('aria-labelledby')) : '');"
            + " if (!label && e.labels && e.labels.length) label = Array.from(e.labels).map((l) => l.textContent).join(' ');"
            + " if (!label && kind !== 'field') label = e.textContent || e.value || '';"
            + " if (!label) label = e.getAttribute('placeholder') || e.getAttribute('title') || '';"
            + " const mode = (e.getAttribute('inputmode') || '').toLowerCase();"
            + " const keyboard = tag === 'textarea' ? 'lines' : (type === 'email' || mode === 'email') ? 'email'"
            + "   : (type === 'tel' || mode === 'tel') ? 'phone' : (type === 'number' || mode === 'numeric' || mode === 'decimal') ? 'digits' : 'text';"
            + " return {kind: kind, keyboard: keyboard, label: label.replace(/\\s+/g, ' ').trim().slice(0, 200), value: kind === 'field' ? String(e.value || '') : ''};"
            + " })()", callback)
    }
    Timer {
        id: keepFocusVisible
        interval: 60
        onTriggered: web.runJavaScript(
            "(() => { const e = document.activeElement;"
            + " if (e && e !== document.body) e.scrollIntoView({block: 'center'}); })()",
            WebEngineScript.ApplicationWorld)
    }
}
