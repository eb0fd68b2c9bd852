// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "calibrationdialog.h"
#include "comparisonview.h"
#include "explorerwindow.h"
#include "runhistory.h"
#include "runhistorydialog.h"
#include "simulationcontroller.h"
#include "studyrunner.h"
#include "sweepview.h"
#include "traceprogress.h"

#include <QAction>
#include <QDir>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QPointer>
#include "computecomparisondialog.h"
#include "explorerwindow.h"
#include "simulationcontroller.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lle {

Lab::Lab(ExplorerWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("lab"));
    m_history = new RunHistory(window->controller(), this);
    m_traceProgress = new TraceProgress(window->controller(), window);
    window->statusBar()->addPermanentWidget(m_traceProgress);
    buildMenus();
    window->installEventFilter(this);
    retranslate();
}

void Lab::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *help = m_window->helpMenu();
    m_labMenu = new QMenu(bar);
    m_labMenu->setObjectName(QStringLiteral("menuLab"));
    bar->insertMenu(help ? help->menuAction() : nullptr, m_labMenu);
    m_sweepAction = m_labMenu->addAction(QString());
    m_sweepAction->setObjectName(QStringLiteral("actionSweep"));
    connect(m_sweepAction, &QAction::triggered, this, [this] { openSweep(); });
    m_historyAction = m_labMenu->addAction(QString());
    m_historyAction->setObjectName(QStringLiteral("actionRunHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, [this] { openHistory(); });
    m_computeAction = m_labMenu->addAction(QString());
    m_computeAction->setObjectName(QStringLiteral("actionCompareCompute"));
    connect(m_computeAction, &QAction::triggered, this, [this] {
        auto *dialog = new ComputeComparisonDialog(m_window->controller()->scenario(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    // File → Calibrate from logs…, with the other file actions, before Quit.
    m_calibrateAction = new QAction(this);
    m_calibrateAction->setObjectName(QStringLiteral("actionCalibrate"));
    connect(m_calibrateAction, &QAction::triggered, this, &Lab::chooseLogToCalibrate);
    m_openStudyAction = new QAction(this);
    m_openStudyAction->setObjectName(QStringLiteral("actionOpenStudy"));
    connect(m_openStudyAction, &QAction::triggered, this, &Lab::chooseStudyToOpen);
    QMenu *file = m_window->fileMenu();
    QAction *quit = m_window->quitAction();
    file->insertAction(quit, m_openStudyAction);
    file->insertAction(quit, m_calibrateAction);
    file->insertSeparator(quit);
}

void Lab::retranslate()
{
    m_labMenu->setTitle(tr("La&b"));
    m_sweepAction->setText(tr("&Sweep…"));
    m_sweepAction->setToolTip(tr("Run the scenario over a range of one setting and compare cost and latency"));
    m_historyAction->setText(tr("Run &history…"));
    m_historyAction->setToolTip(tr("Every configuration applied in this session: restore one, compare two"));
    m_openStudyAction->setText(tr("Open s&tudy…"));
    m_openStudyAction->setToolTip(tr("Show a study planned for a cluster and run there (its plan folder with every "
                                     "result) in the sweep window"));
    m_computeAction->setText(tr("Compare &compute options…"));
    m_computeAction->setToolTip(tr("The workload under on-demand, provisioned concurrency, SnapStart and Managed Instances, side by side"));
    m_calibrateAction->setText(tr("&Calibrate from logs…"));
    m_calibrateAction->setToolTip(tr("Fit memory, handler and init times to CloudWatch REPORT lines"));
    if (m_sweepDialog)
        m_sweepDialog->setWindowTitle(tr("Sweep"));
}

bool Lab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

SweepView *Lab::openSweep()
{
    if (!m_sweepDialog) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("sweepDialog"));
        m_sweepView = new SweepView(m_window->controller(), dialog);
        auto *layout = new QVBoxLayout(dialog);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(m_sweepView);
        dialog->resize(1180, 640);
        connect(m_sweepView, &SweepView::message, this,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); });
        m_sweepDialog = dialog;
        retranslate();
    }
    m_sweepDialog->show();
    m_sweepDialog->raise();
    m_sweepDialog->activateWindow();
    return m_sweepView;
}

RunHistoryDialog *Lab::openHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new RunHistoryDialog(m_history, m_window);
        connect(m_historyDialog, &RunHistoryDialog::compareRequested, this, [this](int a, int b) { compare(a, b); });
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
    return m_historyDialog;
}

ComparisonView *Lab::compare(int a, int b)
{
    const auto &entries = m_history->entries();
    if (a < 0 || b < 0 || a >= static_cast<int>(entries.size()) || b >= static_cast<int>(entries.size()))
        return nullptr;
    const auto &ea = entries[static_cast<std::size_t>(a)], &eb = entries[static_cast<std::size_t>(b)];
    // Named again at each View → Language (entries are only ever appended, so the indices hold).
    const auto name = [history = QPointer<RunHistory>(m_history)](int index) -> ComparisonView::Naming {
        return [history, index] {
            if (!history || index >= static_cast<int>(history->entries().size()))
                return QString();
            return tr("run %1 (%2)").arg(history->entries()[static_cast<std::size_t>(index)].number).arg(history->describe(index));
        };
    };
    auto *view = new ComparisonView(ea.scenario, eb.scenario, QString(), QString(), m_window);
    view->setNames(name(a), name(b));
    view->show();
    return view;
}

void Lab::chooseLogToCalibrate()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Calibrate from logs"), QString(),
                                                      tr("CloudWatch logs (*.log *.txt *.json *.jsonl);;All files (*)"));
    if (!file.isEmpty())
        calibrate(file);
}

void Lab::chooseStudyToOpen()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open study: choose its plan folder"));
    if (!dir.isEmpty())
        openStudy(dir);
}

void Lab::openStudy(const QString &dir)
{
    struct Opened {
        std::optional<OpenedStudy> study;
        QString error;
    };
    // Thousands of result files are read and checked: on a worker, never on the UI thread.
    m_window->statusBar()->showMessage(tr("Reading the study in %1…").arg(QDir::toNativeSeparators(dir)));
    QtConcurrent::run([dir] {
        Opened o;
        o.study = openSweepStudy(dir, &o.error);
        return o;
    }).then(this, [this, dir](const Opened &o) {
        m_window->statusBar()->clearMessage();
        if (!o.study) {
            // Window-modal and not waited for: the test and the event loop go on.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open study"),
                                        tr("The study cannot be shown:\n%1").arg(o.error), QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("openStudyProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit studyOpened(false, o.error);
            return;
        }
        openSweep()->showStudy(dir, *o.study);
        emit studyOpened(true, {});
    });
}

CalibrationDialog *Lab::calibrate(const QString &logPath)
{
    SimulationController *controller = m_window->controller();
    auto *dialog = new CalibrationDialog(logPath, controller->scenario(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalibrationDialog::applyRequested, this, [this](const Scenario &s) {
        m_window->controller()->setScenario(s);
        m_window->statusBar()->showMessage(tr("The fitted scenario is applied."), 6000);
    });
    dialog->show();
    return dialog;
}

}  // namespace lle
