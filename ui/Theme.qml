pragma Singleton
import QtQuick

// Colours, sizes and spacing for the whole kiosk, measured for a 1920x1080 touch screen.
// tests/qt/test_accessibility.py checks every text/background pair below for 4.5:1 contrast.
QtObject {
    property real textScale: 1.0
    property bool portrait: false  // a 1080x1920 lobby stand: one column, bars in two rows

    readonly property color background: "#F4F7FA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#1D2733"
    readonly property color muted: "#4A5868"
    readonly property color brand: "#0B5A8C"
    readonly property color brandDark: "#08476F"
    readonly property color textOnBrand: "#FFFFFF"
    readonly property color line: "#C9D3DD"
    readonly property color danger: "#A4262C"
    readonly property color textOnDanger: "#FFFFFF"
    readonly property color success: "#1E6B3A"
    readonly property color warning: "#8A4B00"   // an outcome nobody knows yet: check before booking again
    readonly property color notice: "#FFF4E0"    // the emergency notice's background
    readonly property color training: "#7A4B00"
    readonly property color textOnTraining: "#FFFFFF"
    readonly property color focus: "#F2A900"
    readonly property color scrim: "#99000000"

    readonly property int touchMin: 64          // WCAG/ADA: every target at least this tall
    readonly property int buttonHeight: 96
    readonly property int bigButtonHeight: 140
    readonly property int radius: 14
    readonly property int gap: 24
    readonly property int margin: 64

    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: Math.round(28 * textScale)
    readonly property int smallSize: Math.round(24 * textScale)
    readonly property int buttonSize: Math.round(32 * textScale)
    readonly property int titleSize: Math.round(52 * textScale)
    readonly property int heroSize: Math.round(72 * textScale)
}
