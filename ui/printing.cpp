#include "ui/printing.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace thana::ui {

namespace {
void layout(QTextDocument& doc, const QString& html, const QString& title)
{
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.setDocumentMargin(12);
    doc.setHtml(html);
}
} // namespace

bool saveHtmlAsPdf(const QString& html, const QString& path, const QString& title)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return false;
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Thana"));
    writer.setResolution(300);
    QTextDocument doc;
    layout(doc, html, title);
    doc.print(&writer);
    return true;
}

void printHtml(const QString& html, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    layout(doc, html, title);
    doc.print(&printer);
}

} // namespace thana::ui
