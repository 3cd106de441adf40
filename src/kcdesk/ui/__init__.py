"""The Qt desktop app: main window, screens, models, dialogs. Only this package imports Qt widgets."""
