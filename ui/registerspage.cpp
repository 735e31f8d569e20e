#include "ui/registerspage.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/registers.h"
#include "ui/appcontext.h"
#include "ui/pagedtablemodel.h"
#include "ui/registerprinter.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcRegistersPage, "thana.ui.registerspage")

namespace thana::ui {

namespace {

/// Holds the wait cursor for the life of a long step.
class WaitCursor final {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

} // namespace

RegistersPage::RegistersPage(AppContext& context, const QString& language, QWidget* parent)
    : QWidget(parent), m_context(context), m_hindi(language == QLatin1String("hi") || language == QLatin1String("mr"))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("registersList"));
    // Every register core knows, by its title; nothing here is particular to one register.
    const core::Registers registers(context.db);
    for (const QString& id : core::Registers::ids()) {
        const auto head = registers.view(id, {}, {}, context.user, 0);
        const QString title = !head ? id : (m_hindi && !head->titleHi.isEmpty() ? head->titleHi : head->titleEn);
        m_register->addItem(title, id);
    }
    auto* registerLabel = new QLabel(tr("&Register:"), this);
    registerLabel->setBuddy(m_register);

    const QDate today = context.clock.now().toTimeZone(core::stationZone()).date();
    auto dateEdit = [this](const char* name, const QDate& date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setCalendarPopup(true);
        return edit;
    };
    // Registers are kept by calendar year: the year so far to begin with.
    m_from = dateEdit("registersFrom", QDate(today.year(), 1, 1));
    m_to = dateEdit("registersTo", today);
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    m_pdf = new QPushButton(tr("Save as &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("registersPdf"));
    m_pdf->setToolTip(tr("The whole register for the period, A4 landscape, with the heading and columns in English and Hindi "
                         "on every page."));
    m_csv = new QPushButton(tr("&Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("registersCsv"));
    m_csv->setToolTip(tr("The whole register for the period as a spreadsheet file (UTF-8)."));

    bar->addWidget(registerLabel);
    bar->addWidget(m_register, 1);
    bar->addSpacing(12);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registersView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Oldest entry first; more rows load as you scroll. Each register is drawn from the records "
                                    "already entered. Names of victims of sexual offences are withheld from officers not "
                                    "working the case."),
                                 this));

    connect(m_register, &QComboBox::currentIndexChanged, this, &RegistersPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &RegistersPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &RegistersPage::refresh);
    connect(m_pdf, &QPushButton::clicked, this, &RegistersPage::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &RegistersPage::exportCsv);
    refresh();
}

RegistersPage::~RegistersPage()
{
    // The window may be rebuilt (a language switch) while a register prints.
    if (m_printThread) {
        if (m_cancelPrint)
            *m_cancelPrint = true;
        m_printThread->wait();
    }
}

QString RegistersPage::currentRegister() const
{
    return m_register->currentData().toString();
}

void RegistersPage::refresh()
{
    const QString id = currentRegister();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const bool periodOk = from <= to;
    m_pdf->setEnabled(periodOk && !m_printThread);
    m_csv->setEnabled(periodOk);

    QStringList headers;
    const auto head = core::Registers(m_context.db).view(id, from, to, m_context.user, 0);
    if (head)
        headers = m_hindi ? head->columnsHi : head->columnsEn;
    // A new register brings new columns, so the model is made afresh.
    auto* model = new PagedTableModel(headers, this);
    QItemSelectionModel* oldSelection = m_view->selectionModel();
    m_view->setModel(model);
    delete oldSelection;
    delete m_model;
    m_model = model;

    if (!head) {
        setStatus(head.error().describe(), true);
        return;
    }
    if (!periodOk) {
        setStatus(tr("\"From\" (%1) is after \"To\" (%2).").arg(from.toString(QStringLiteral("dd-MM-yyyy")),
                                                               to.toString(QStringLiteral("dd-MM-yyyy"))),
                  true);
        return;
    }
    setStatus({});
    AppContext& context = m_context;
    // The register reads oldest first by offset; the model pages by a falling key, which
    // the row's position gives: row n has key -(n + 1).
    model->setFetcher([&context, id, from, to](qint64 beforeId, int limit) {
        const int offset = int(-beforeId);
        const auto page = core::Registers(context.db).view(id, from, to, context.user, limit, offset);
        QList<PagedRow> rows;
        if (!page) {
            qCWarning(lcRegistersPage) << "register" << id << "could not be read:" << page.error().describe();
            return rows;
        }
        rows.reserve(page->rows.size());
        for (const QStringList& cells : page->rows)
            rows << PagedRow { -qint64(offset + rows.size() + 1), {}, cells, false };
        return rows;
    });
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() == 0)
        setStatus(tr("No entries in this register from %1 to %2.")
                      .arg(from.toString(QStringLiteral("dd-MM-yyyy")), to.toString(QStringLiteral("dd-MM-yyyy"))));
}

QString RegistersPage::suggestedName() const
{
    return QStringLiteral("%1-register-%2-%3")
        .arg(currentRegister(), m_from->date().toString(QStringLiteral("dd-MM-yyyy")), m_to->date().toString(QStringLiteral("dd-MM-yyyy")));
}

void RegistersPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#a00") : QString());
}

void RegistersPage::savePdf()
{
    if (m_printThread)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save register as PDF"), QDir::home().filePath(suggestedName() + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString id = currentRegister();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto head = core::Registers(m_context.db).view(id, from, to, m_context.user, 0);
    if (!head) {
        setStatus(head.error().describe(), true);
        return;
    }
    auto printer = std::make_shared<RegisterPrinter>(*head, m_context.station, from, to);
    const QString printedAt = m_context.clock.now().toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    printer->setFootnote(tr("Printed %1 by %2").arg(printedAt, m_context.user.fullName));

    m_progress = new QProgressDialog(tr("Preparing the register…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("registersProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(800);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    m_cancelPrint = cancel;
    m_pdf->setEnabled(false);
    setStatus(tr("Preparing %1…").arg(QDir::toNativeSeparators(path)));

    // A year of a busy station takes seconds: the PDF is made on a thread of its own,
    // with its own connection to the store, while the window stays live. The page
    // outlives the thread (its destructor waits), so the thread may post to it.
    const QString store = m_context.db.path();
    const core::User viewer = m_context.user;
    m_printThread = QThread::create([this, store, viewer, id, from, to, path, printer, cancel] {
        auto report = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    if (m_progress) {
                        m_progress->setMaximum(total);
                        m_progress->setValue(total > 0 ? done : 0);
                    }
                },
                Qt::QueuedConnection);
        };
        std::optional<core::Result<int>> result;
        {
            auto db = core::Database::open(store, core::Database::Mode::ExistingOnly);
            if (!db) {
                result = db.error();
            } else {
                const core::Registers registers(*db.value());
                result = printer->write(
                    path,
                    [&registers, &id, &from, &to, &viewer](int offset, int limit) -> core::Result<QList<QStringList>> {
                        auto page = registers.view(id, from, to, viewer, limit, offset);
                        if (!page)
                            return page.error();
                        return std::move(page).value().rows;
                    },
                    [&report, &cancel](int done, int total) {
                        report(done, total);
                        return !cancel->load();
                    });
            }
        }
        QMetaObject::invokeMethod(
            this, [this, pages = *result, path] { finishPdf(pages, path); }, Qt::QueuedConnection);
    });
    connect(m_printThread, &QThread::finished, m_printThread, &QObject::deleteLater);
    m_printThread->start(QThread::LowPriority);
}

void RegistersPage::finishPdf(const core::Result<int>& pages, const QString& path)
{
    delete m_progress;
    m_progress = nullptr;
    if (m_printThread)
        m_printThread->wait();
    m_printThread = nullptr;
    m_cancelPrint.reset();
    m_pdf->setEnabled(m_from->date() <= m_to->date());
    if (!pages) {
        setStatus(pages.error().describe(), true);
        return;
    }
    setStatus(tr("Saved %n page(s) to %1.", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    Q_EMIT pdfSaved(path);
}

void RegistersPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export register as CSV"), QDir::home().filePath(suggestedName() + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setStatus(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return;
    }
    WaitCursor wait;
    const auto written = core::Registers(m_context.db).writeCsv(currentRegister(), m_from->date(), m_to->date(), m_context.user, file);
    if (!written) {
        file.cancelWriting();
        setStatus(written.error().describe(), true);
        return;
    }
    if (!file.commit()) {
        setStatus(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return;
    }
    setStatus(tr("Exported %n row(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

} // namespace thana::ui
