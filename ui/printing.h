#pragma once

#include <QString>

class QWidget;

namespace thana::ui {

/// Writes `html` as an A4 PDF at `path`. Returns false when the file cannot be written.
bool saveHtmlAsPdf(const QString& html, const QString& path, const QString& title);
/// Asks for a printer and prints `html` on it.
void printHtml(const QString& html, const QString& title, QWidget* parent);

} // namespace thana::ui
