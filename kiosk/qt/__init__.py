"""Qt glue: view-models for QML, the idle watcher, languages, the crash handler."""
