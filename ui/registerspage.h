#pragma once

#include "core/result.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QThread;

namespace thana::ui {

struct AppContext;
class PagedTableModel;

/// The station's registers, each a view of the records already entered: choose one and
/// a period, read it page by page, save it as a PDF to print or export it as CSV.
class RegistersPage final : public QWidget {
    Q_OBJECT
public:
    /// `language` is the interface's ("en", "hi", "mr"): columns are headed in English,
    /// or in Hindi for a Hindi or Marathi interface.
    RegistersPage(AppContext& context, const QString& language, QWidget* parent = nullptr);
    /// Stops a PDF still being made.
    ~RegistersPage() override;
    Q_DISABLE_COPY_MOVE(RegistersPage)

    /// The register chosen, e.g. "fir".
    QString currentRegister() const;

public Q_SLOTS:
    void refresh();
    /// Asks where, then makes the PDF in the background; pdfSaved() tells when it is written.
    void savePdf();
    void exportCsv();

Q_SIGNALS:
    void pdfSaved(const QString& path);

private:
    /// A file name for the register and period, e.g. "fir-register-01-03-2026-10-03-2026".
    QString suggestedName() const;
    void setStatus(const QString& text, bool problem = false);
    void finishPdf(const core::Result<int>& pages, const QString& path);

    AppContext& m_context;
    bool m_hindi = false;
    QComboBox* m_register = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel* m_model = nullptr;
    QLabel* m_status = nullptr;
    QThread* m_printThread = nullptr;        ///< making a PDF; deletes itself when done
    std::shared_ptr<std::atomic_bool> m_cancelPrint;
    QProgressDialog* m_progress = nullptr;
};

} // namespace thana::ui
