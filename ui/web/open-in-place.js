// No window for the page, ever. Without a tap Chromium refuses one (javascriptCanOpenWindows is
// off in HandoffWebView.qml); with a tap, Chromium would hand the page a live window for the
// moment before Qt drops it. Injected into the page's own world before its scripts, this sends
// window.open, target="_blank" links and forms to the same view instead, where the fence decides
// (kiosk/web/policy.py) as for any navigation, and gives the page null. A page that reaches the
// native window.open another way (a fresh about:blank iframe's) is still inside the fence.
(() => {
    "use strict"
    const here = (url) => {
        let target
        try { target = new URL(String(url), document.baseURI) } catch (e) { return }
        if (target.protocol === "http:" || target.protocol === "https:")
            location.assign(target.href)
    }
    const elsewhere = (name) => {
        const t = String(name || "").toLowerCase()
        return t !== "" && t !== "_self" && t !== "_top" && t !== "_parent"
    }
    const baseTarget = () => { const b = document.querySelector("base[target]"); return b ? b.target : "" }
    Object.defineProperty(window, "open", {
        value: function open(url) { if (url) here(url); return null },
        writable: true, configurable: true,
    })
    // Bubbling, on window: after the page's own handlers, which may have taken the tap.
    window.addEventListener("click", (event) => {
        if (event.defaultPrevented || !(event.target instanceof Element)) return
        const link = event.target.closest("a[href], area[href]")
        if (link && elsewhere(link.getAttribute("target") || baseTarget())) {
            event.preventDefault()
            here(link.href)
        }
    })
    window.addEventListener("submit", (event) => {
        const form = event.target
        if (!(form instanceof HTMLFormElement)) return
        if (event.submitter && elsewhere(event.submitter.getAttribute("formtarget")))
            event.submitter.setAttribute("formtarget", "_self")
        if (elsewhere(form.getAttribute("target") || baseTarget())) form.setAttribute("target", "_self")
    })
})()
