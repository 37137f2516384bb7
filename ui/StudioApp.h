#pragma once

class QApplication;

namespace oneshot::ui {

/// Sets up the application (names, style, palette, translations), shows the main window, loads
/// the data it finds, and runs the event loop. Returns the exit code.
int runStudio(QApplication &app);

} // namespace oneshot::ui
