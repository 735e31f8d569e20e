#pragma once

#include <QDialog>

class QTextBrowser;

namespace thana::ui {

struct AppContext;

/// A registered FIR, read-only, as its copy prints; with print, PDF and amendment.
class FirView final : public QDialog {
    Q_OBJECT
public:
    FirView(AppContext& context, const QString& firUid, QWidget* parent = nullptr);

    /// Writes the FIR copy as PDF to `path`; false when it cannot be written.
    bool savePdf(const QString& path) const;
    QString title() const;

public Q_SLOTS:
    void reload();

private:
    AppContext& m_context;
    QString m_uid;
    QString m_html;
    QString m_title;
    QTextBrowser* m_browser = nullptr;
};

} // namespace thana::ui
