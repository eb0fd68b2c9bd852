// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportexport.h"
#include "reportplots.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QWidget;

namespace lle {

class ExplorerWindow;

/// File → Export and the plots' context menus: plots, the lanes and the whole dashboard as PNG
/// (with the scenario name, seed and version as text chunks), the data as CSV and the report
/// bundle. Drawing happens on the GUI thread (the plots are widgets); encoding and writing, and the
/// simulation behind the data files, run on a worker with a progress dialog and cancel. Every file
/// goes through a temporary name, so a failed or cancelled export leaves nothing.
class ExportActions : public QObject {
    Q_OBJECT
public:
    using MessageSink = std::function<void(const QString &title, const QString &text)>;

    explicit ExportActions(ExplorerWindow *window);
    ~ExportActions() override;

    /// The File → Export submenu.
    QMenu *menu() const { return m_menu; }
    /// Texts again after a language switch.
    void retranslate();
    /// Where failures are told (title, text). Default: a warning box.
    void setMessageSink(MessageSink sink) { m_messageSink = std::move(sink); }

    // Without dialogs: each starts an export and reports through finished(); false when it could
    // not start (nothing to export, or another export is running), after telling the sink why.
    bool exportPlot(PlotKind kind, const QString &path, const PlotImageOptions &options);
    bool exportDashboard(const QString &path, double scale);
    bool exportCsv(const QString &dir);
    bool exportReport(const QString &dir);
    /// Puts the plot on the clipboard as an image (1600×900, 2×).
    bool copyPlot(PlotKind kind);

    /// The KPI strip, parameter panel, lifecycle view and plots as they are on screen, drawn at
    /// `scale` (the plots redrawn at that resolution, not magnified), with the text chunks.
    QImage renderDashboard(double scale) const;
    /// Logical size of the dashboard (renderDashboard(s).size() = this × s).
    QSize dashboardSize() const;

    bool isBusy() const { return m_watcher != nullptr; }
    /// The progress in the status bar, shown the moment an export starts and hidden when it ends
    /// (the dialog with Cancel follows when the export takes longer than 0.3 s).
    QProgressBar *progressIndicator() const { return m_indicator; }
    /// Asks the running export to stop; finished() follows with cancelled set.
    void cancel();

public slots:
    // With dialogs (size, file or folder, overwrite).
    void askPlot(lle::PlotKind kind);
    void askDashboard();
    void askCsv();
    void askReport();

signals:
    void finished(const lle::ExportResult &result);

private:
    struct JobState;
    using Job = std::function<ExportResult(const ReportExport::Progress &, const std::atomic<bool> *)>;

    bool start(const QString &title, Job job);
    void onFinished();
    void pollProgress();
    void warn(const QString &title, const QString &text) const;
    RunPtr currentRun(const QString &title, bool needFinished) const;
    void attachContextMenu(QWidget *widget, PlotKind kind);
    QString askFolder(const QString &title) const;
    /// A PNG's path from the save dialog, suggested from the run and `baseName`, ".png" added when
    /// the name has no suffix; empty when cancelled. Remembers the folder.
    QString askPngPath(const RecordedRun &run, const QString &baseName) const;
    QString lastFolder() const;
    void setLastFolder(const QString &folder) const;
    bool confirmOverwrite(const QString &title, const QString &dir, const QStringList &existing) const;
    /// The folder exports' dialogue: a run (finished if `needFinished`), a folder, leave to replace
    /// the `existing` files there, then `exportTo`.
    void askFolderExport(const QString &title, bool needFinished, QStringList (*existing)(const QString &),
                         bool (ExportActions::*exportTo)(const QString &));
    bool startPng(const QString &title, const QImage &image, const QString &path);

    ExplorerWindow *m_window;
    QMenu *m_menu;
    QList<QAction *> m_plotActions;   // in ReportPlots::kAll order
    QAction *m_dashboardAction;
    QAction *m_csvAction;
    QAction *m_reportAction;
    MessageSink m_messageSink;

    QFutureWatcher<ExportResult> *m_watcher = nullptr;
    std::shared_ptr<JobState> m_state;
    QPointer<QProgressDialog> m_progress;
    QProgressBar *m_indicator = nullptr;
    QString m_jobTitle;
    QTimer m_poll;
};

}  // namespace lle
