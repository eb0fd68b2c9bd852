// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"
#include "lessonstrings.h"

#include "pngfile.h"

#include "atomicfile.h"
#include "environmentlanes.h"
#include "explorerwindow.h"
#include "kpistrip.h"
#include "pngsizedialog.h"
#include "runplots.h"
#include "scenariodocument.h"
#include "simulationcontroller.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPainter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace lle {

/// What the worker and the GUI thread share: the worker writes progress, the GUI thread polls it
/// (the worker never touches a QObject, so the window may go away while it runs).
struct ExportActions::JobState {
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{0};
    QMutex mutex;
    QString step;
};

namespace {
const QString kExportFolderKey = QStringLiteral("exportFolder");
const QString kPngSizeKey = QStringLiteral("exportPngSize");
const QString kPngScaleKey = QStringLiteral("exportPngScale");


QString suggestedName(const RecordedRun &run, const QString &what)
{
    // "python-api-with-bursts-latency.png": the scenario's name, so that several exports of
    // different scenarios in one folder keep apart.
    QString base = QString::fromStdString(run.scenario.name).toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.mid(0, 40);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base.isEmpty() ? what + QStringLiteral(".png") : base + QLatin1Char('-') + what + QStringLiteral(".png");
}
}  // namespace

ExportActions::ExportActions(ExplorerWindow *window)
    : QObject(window), m_window(window), m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("menuExport"));
    for (PlotKind kind : ReportPlots::kAll) {
        QAction *a = m_menu->addAction(QString(), this, [this, kind] { askPlot(kind); });
        m_plotActions.append(a);
    }
    m_plotActions.last()->setObjectName(QStringLiteral("actionExportLanes"));
    m_dashboardAction = m_menu->addAction(QString(), this, &ExportActions::askDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("actionExportDashboard"));
    m_menu->addSeparator();
    m_csvAction = m_menu->addAction(QString(), this, &ExportActions::askCsv);
    m_csvAction->setObjectName(QStringLiteral("actionExportCsv"));
    m_reportAction = m_menu->addAction(QString(), this, &ExportActions::askReport);
    m_reportAction->setObjectName(QStringLiteral("actionExportReport"));
    retranslate();

    attachContextMenu(window->latencyPlot(), PlotKind::Latency);
    attachContextMenu(window->cdfPlot(), PlotKind::LatencyDistribution);
    attachContextMenu(window->costPlot(), PlotKind::Cost);
    attachContextMenu(window->environmentsPlot(), PlotKind::Environments);
    attachContextMenu(window->lanes(), PlotKind::Lifecycle);

    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ExportActions::pollProgress);
    m_indicator = new QProgressBar(window);
    m_indicator->setObjectName(QStringLiteral("exportProgress"));
    m_indicator->setRange(0, 100);
    m_indicator->setMaximumWidth(200);
    m_indicator->setFormat(QStringLiteral("%p %"));
    m_indicator->hide();
    window->statusBar()->addPermanentWidget(m_indicator);
}

ExportActions::~ExportActions()
{
    // The worker holds its own copies (run, paths, state); it stops at its next look at the flag
    // and its temporary files are removed by QSaveFile.
    if (m_state)
        m_state->cancel = true;
}

void ExportActions::retranslate()
{
    m_menu->setTitle(tr("&Export"));
    const QStringList plotTexts = {tr("Latency plot as PNG…"), tr("Latency distribution as PNG…"),
                                   tr("Cost plot as PNG…"), tr("Environments plot as PNG…"),
                                   tr("Environment lanes as PNG…")};
    for (int i = 0; i < m_plotActions.size(); ++i)
        m_plotActions[i]->setText(plotTexts.value(i));
    m_dashboardAction->setText(tr("Dashboard as PNG…"));
    m_csvAction->setText(tr("Data as CSV…"));
    m_reportAction->setText(tr("Report…"));
}

void ExportActions::attachContextMenu(QWidget *widget, PlotKind kind)
{
    // Right-click is free on the plots (they do not zoom or drag); the widgets stay unaware.
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget, kind](const QPoint &pos) {
        QMenu menu(widget);
        menu.addAction(tr("Save as PNG…"), this, [this, kind] { askPlot(kind); });
        menu.addAction(tr("Copy to clipboard"), this, [this, kind] { copyPlot(kind); });
        menu.exec(widget->mapToGlobal(pos));
    });
}

void ExportActions::warn(const QString &title, const QString &text) const
{
    if (m_messageSink) {
        m_messageSink(title, text);
        return;
    }
    QMessageBox::warning(m_window, title, text);
}

RunPtr ExportActions::currentRun(const QString &title, bool needFinished) const
{
    const RunPtr run = m_window->controller()->run();
    if (!run) {
        warn(title, tr("There is no run to export yet; try again in a moment."));
        return {};
    }
    if (needFinished && !run->finished) {
        warn(title, tr("The run is still being computed; export it once it is complete."));
        return {};
    }
    return run;
}

// --- the worker --------------------------------------------------------------------------------

bool ExportActions::start(const QString &title, Job job)
{
    if (isBusy()) {
        warn(title, tr("Another export is running; wait for it or cancel it first."));
        return false;
    }
    m_state = std::make_shared<JobState>();
    m_jobTitle = title;
    const std::shared_ptr<JobState> state = m_state;
    m_watcher = new QFutureWatcher<ExportResult>(this);
    connect(m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportActions::onFinished);
    m_watcher->setFuture(QtConcurrent::run([state, job = std::move(job)] {
        const ReportExport::Progress progress = [state](int percent, const QString &step) {
            state->percent = percent;
            const QMutexLocker lock(&state->mutex);
            state->step = step;
        };
        return job(progress, &state->cancel);
    }));
    // Progress at once in the status bar (an export of a long run takes seconds before its first
    // file is written); the dialog with Cancel when the export takes longer than 0.3 s. Cancel
    // sets the flag the worker looks at.
    m_indicator->setValue(0);
    m_indicator->setToolTip(title);
    m_indicator->show();
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // No setValue() here: on a modal dialog it runs the event loop, and the export may finish in it.
    connect(m_progress, &QProgressDialog::canceled, this, &ExportActions::cancel);
    m_poll.start();
    return true;
}

void ExportActions::pollProgress()
{
    if (!m_state || !m_progress) {
        m_poll.stop();
        return;
    }
    QString step;
    {
        const QMutexLocker lock(&m_state->mutex);
        step = m_state->step;
    }
    if (!step.isEmpty() && m_progress->labelText() != step)
        m_progress->setLabelText(step);
    m_progress->setValue(std::clamp(m_state->percent.load(), 0, 99));
    m_indicator->setValue(std::clamp(m_state->percent.load(), 0, 99));
}

void ExportActions::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

void ExportActions::onFinished()
{
    m_poll.stop();
    const ExportResult result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_state.reset();
    m_indicator->hide();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
    }
    if (result.ok) {
        const QString where = result.files.size() == 1
            ? QDir::toNativeSeparators(result.files.first())
            : QDir::toNativeSeparators(QFileInfo(result.files.value(0)).absolutePath());
        m_window->statusBar()->showMessage(tr("Exported %n file(s): %1", nullptr, int(result.files.size())).arg(where),
                                           10'000);
    } else if (result.cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; nothing was written."), 10'000);
    } else {
        warn(m_jobTitle, tr("The export failed; nothing was written.\n\n%1").arg(result.error));
    }
    emit finished(result);
}

// --- exports without dialogs --------------------------------------------------------------------

bool ExportActions::startPng(const QString &title, const QImage &image, const QString &path)
{
    if (image.isNull()) {
        warn(title, tr("%1: the picture could not be drawn.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Encoding a 3200×1800 PNG takes a noticeable moment: on the worker, like the writing.
    return start(title, [image, path](const ReportExport::Progress &progress, const std::atomic<bool> *) {
        ExportResult r;
        if (progress)
            progress(10, tr("Writing %1…").arg(QFileInfo(path).fileName()));
        const QByteArray png = encodePng(image);
        if (png.isEmpty()) {
            r.error = tr("%1: the picture could not be encoded").arg(QDir::toNativeSeparators(path));
            return r;
        }
        if (!writeFileAtomically(path, std::string_view(png.constData(), std::size_t(png.size())), &r.error))
            return r;
        r.ok = true;
        r.files = {path};
        return r;
    });
}

bool ExportActions::exportPlot(PlotKind kind, const QString &path, const PlotImageOptions &options)
{
    const QString title = tr("Export PNG");
    const RunPtr run = currentRun(title, false);
    if (!run)
        return false;
    return startPng(title, ReportPlots::render(kind, *run, options), path);
}

bool ExportActions::copyPlot(PlotKind kind)
{
    const QString title = tr("Copy to clipboard");
    const RunPtr run = currentRun(title, false);
    if (!run)
        return false;
    const QImage image = ReportPlots::render(kind, *run, PlotImageOptions{});
    if (image.isNull()) {
        warn(title, tr("The plot could not be drawn."));
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    m_window->statusBar()->showMessage(tr("%1 copied to the clipboard.").arg(ReportPlots::title(kind)), 5000);
    return true;
}

QSize ExportActions::dashboardSize() const
{
    // From the top of the KPI strip to the bottom of the views, the full width of the window.
    const QWidget *central = m_window->centralWidget();
    const QWidget *kpi = m_window->kpiStrip();
    const QWidget *views = m_window->dashboardBottom();
    const int top = kpi->mapTo(central, QPoint(0, 0)).y();
    const int bottom = views->mapTo(central, QPoint(0, views->height())).y();
    return {central->width(), std::max(1, bottom - top)};
}

QImage ExportActions::renderDashboard(double scale) const
{
    scale = std::clamp(scale, 1.0, 4.0);
    QWidget *central = m_window->centralWidget();
    const int top = m_window->kpiStrip()->mapTo(central, QPoint(0, 0)).y();
    const QSize logical = dashboardSize();
    QImage image(QSize(qRound(logical.width() * scale), qRound(logical.height() * scale)), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(central->palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        central->render(&painter, QPoint(0, 0), QRegion(0, top, logical.width(), logical.height()),
                        QWidget::DrawChildren);
        // QWidget::render draws the plots from their screen-resolution buffers; at 2× they are
        // drawn again at full resolution over themselves.
        if (scale > 1) {
            for (QCustomPlot *plot : central->findChildren<QCustomPlot *>()) {
                if (!plot->isVisibleTo(central))
                    continue;
                const QPoint at = plot->mapTo(central, QPoint(0, 0)) - QPoint(0, top);
                const QPixmap pixmap = plot->toPixmap(plot->width(), plot->height(), scale);
                painter.drawPixmap(QRectF(at, QSizeF(plot->size())), pixmap, QRectF(pixmap.rect()));
            }
        }
    }
    image.setDevicePixelRatio(1);
    if (const RunPtr run = m_window->controller()->run())
        setPngMetadata(image, tr("%1 — %2").arg(tr("Dashboard"), scenarioDisplayName(run->scenario.name)), run->scenario, scale);
    return image;
}

bool ExportActions::exportDashboard(const QString &path, double scale)
{
    const QString title = tr("Export PNG");
    if (!currentRun(title, false))
        return false;
    return startPng(title, renderDashboard(scale), path);
}

bool ExportActions::exportCsv(const QString &dir)
{
    const QString title = tr("Export data as CSV");
    const RunPtr run = currentRun(title, false);
    if (!run)
        return false;
    return start(title, [run, dir](const ReportExport::Progress &progress, const std::atomic<bool> *cancel) {
        return ReportExport::exportCsv(*run, dir, ReportExport::csvOnly(), progress, cancel);
    });
}

bool ExportActions::exportReport(const QString &dir)
{
    const QString title = tr("Export report");
    const RunPtr run = currentRun(title, true);
    if (!run)
        return false;
    ReportExport::Options options;
    options.plots = ReportPlots::files();
    options.locale = QLocale();
    return start(title, [run, dir, options](const ReportExport::Progress &progress, const std::atomic<bool> *cancel) {
        return ReportExport::exportReport(*run, dir, options, progress, cancel);
    });
}

// --- with dialogs ----------------------------------------------------------------------------------

QString ExportActions::lastFolder() const
{
    const QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    const QString folder = settings.value(kExportFolderKey).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void ExportActions::setLastFolder(const QString &folder) const
{
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    settings.setValue(kExportFolderKey, folder);
}

QString ExportActions::askFolder(const QString &title) const
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, title, lastFolder());
    if (!dir.isEmpty())
        setLastFolder(dir);
    return dir;
}

bool ExportActions::confirmOverwrite(const QString &title, const QString &dir, const QStringList &existing) const
{
    if (existing.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, title,
                    tr("%1 already holds files of these names:\n%2").arg(QDir::toNativeSeparators(dir),
                                                                           existing.join(QStringLiteral(", "))),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Replace them?"));
    QAbstractButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void ExportActions::askPlot(PlotKind kind)
{
    const RunPtr run = currentRun(tr("Export PNG"), false);
    if (!run)
        return;
    PngSizeDialog dialog(ReportPlots::title(kind), m_window);
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    dialog.setPixelSize(settings.value(kPngSizeKey, QSize(1600, 900)).toSize());
    dialog.setScale(settings.value(kPngScaleKey, 2.0).toDouble());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(kPngSizeKey, dialog.pixelSize());
    settings.setValue(kPngScaleKey, dialog.scale());
    const QString path = askPngPath(*run, QFileInfo(ReportPlots::fileName(kind)).completeBaseName());
    if (path.isEmpty())
        return;
    PlotImageOptions options;
    options.size = dialog.pixelSize();
    options.scale = dialog.scale();
    exportPlot(kind, path, options);
}

void ExportActions::askDashboard()
{
    const RunPtr run = currentRun(tr("Export PNG"), false);
    if (!run)
        return;
    PngSizeDialog dialog(tr("Dashboard"), m_window);
    dialog.setFixedLayoutSize(dashboardSize());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = askPngPath(*run, QStringLiteral("dashboard"));
    if (path.isEmpty())
        return;
    exportDashboard(path, dialog.scale());
}

QString ExportActions::askPngPath(const RecordedRun &run, const QString &baseName) const
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PNG"),
                                                QDir(lastFolder()).filePath(suggestedName(run, baseName)),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportActions::askCsv()
{
    askFolderExport(tr("Export data as CSV"), false, [](const QString &dir) { return ReportExport::existingCsvFiles(dir); },
                    &ExportActions::exportCsv);
}

void ExportActions::askReport()
{
    askFolderExport(tr("Export report"), true, &ReportExport::existingReportFiles, &ExportActions::exportReport);
}

void ExportActions::askFolderExport(const QString &title, bool needFinished, QStringList (*existing)(const QString &),
                                    bool (ExportActions::*exportTo)(const QString &))
{
    if (!currentRun(title, needFinished))
        return;
    const QString dir = askFolder(title);
    if (dir.isEmpty() || !confirmOverwrite(title, dir, existing(dir)))
        return;
    (this->*exportTo)(dir);
}

}  // namespace lle
