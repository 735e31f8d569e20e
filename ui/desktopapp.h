#pragma once

#include <QString>

namespace thana::ui {

/// Runs the desktop app on the store at `dbPath`: first-run setup when the store has
/// no station, then login, then the main window. Returns the exit code.
int runDesktop(const QString& dbPath);

/// Installs the translations for `language` ("en", "hi", "mr") on the application.
void installLanguage(const QString& language);

} // namespace thana::ui
