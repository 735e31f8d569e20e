#include "ui/firview.h"

#include "core/fircopy.h"
#include "core/firrepository.h"
#include "ui/amenddialog.h"
#include "ui/appcontext.h"
#include "ui/casedialog.h"
#include "ui/printing.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thana::ui {

FirView::FirView(AppContext& context, const QString& firUid, QWidget* parent)
    : QDialog(parent), m_context(context), m_uid(firUid)
{
    setObjectName(QStringLiteral("firView"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("firCopy"));
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print (Ctrl+P)"), QDialogButtonBox::ActionRole);
    print->setShortcut(QKeySequence::Print);
    auto* pdf = buttons->addButton(tr("Save as P&DF"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("firSavePdf"));
    auto* amend = buttons->addButton(tr("&Amend"), QDialogButtonBox::ActionRole);
    auto* investigate = buttons->addButton(tr("&Investigation…"), QDialogButtonBox::ActionRole);
    investigate->setObjectName(QStringLiteral("firInvestigation"));
    connect(investigate, &QPushButton::clicked, this, [this] {
        CaseDialog dialog(m_context, m_uid, this);
        dialog.exec();
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] { printHtml(m_html, m_title, this); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save FIR copy as PDF"),
                                                          QDir::home().filePath(m_title + QStringLiteral(".pdf")),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !savePdf(path))
            QMessageBox::warning(this, tr("Not saved"), tr("The PDF could not be written to %1.").arg(path));
    });
    connect(amend, &QPushButton::clicked, this, [this] {
        AmendDialog dialog(m_context, m_uid, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    resize(900, 900);
    reload();
}

void FirView::reload()
{
    const auto fir = core::FirRepository(m_context.db).byUid(m_uid, m_context.user);
    if (!fir) {
        m_browser->setPlainText(tr("This FIR is not in the store."));
        return;
    }
    m_title = tr("FIR %1-%2 %3").arg(fir->number).arg(fir->year).arg(m_context.station.code);
    setWindowTitle(m_title);
    m_html = core::fircopy::html(*fir, m_context.station);
    m_browser->setHtml(m_html);
}

QString FirView::title() const
{
    return m_title;
}

bool FirView::savePdf(const QString& path) const
{
    return saveHtmlAsPdf(m_html, path, m_title) && QFileInfo(path).size() > 0;
}

} // namespace thana::ui
