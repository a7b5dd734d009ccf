"""The web hand-off: the allow-list policy (pure) and the QtWebEngine glue around it."""
