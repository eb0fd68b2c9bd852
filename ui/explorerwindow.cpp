// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerwindow.h"

#include "changeslist.h"

#include "exportactions.h"
#include "scenariodocument.h"

#include "environmentlanes.h"
#include "kpistrip.h"
#include "lessonstrings.h"
#include "lifecyclediagram.h"
#include "palette.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "stretchdetail.h"
#include "stretchzoom.h"
#include "timelineoverview.h"
#include "ui_explorerwindow.h"
#include "valueslider.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

namespace lle {

namespace {
/// Milliseconds on the steady clock, to line up the profile lines of the worker and the UI thread.
inline double profileStampMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count() % 1'000'000'000) / 1000.0;
}
}  // namespace

struct ExplorerWindow::RunView {
    const char *name;   ///< for LLE_PROFILE's lines
    std::function<void(const RunPtr &)> setRun;
    std::function<void(double)> setPlayhead;
};

ExplorerWindow::ExplorerWindow(const Scenario &scenario, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::ExplorerWindow>()), m_controller(new SimulationController(this))
{
    m_ui->setupUi(this);
    auto &ui = *m_ui;
    PlaybackClock *clock = m_controller->clock();

    ui.mainSplitter->setStretchFactor(0, 0);
    ui.mainSplitter->setStretchFactor(1, 1);
    ui.mainSplitter->setSizes({285, 995});
    ui.viewSplitter->setStretchFactor(0, 4);
    ui.viewSplitter->setStretchFactor(1, 6);
    ui.lifecycleSplitter->setSizes({500, 495});
    ui.stepButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    ui.restartButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    for (QToolButton *b : {ui.playButton, ui.stepButton, ui.restartButton})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ui.stepButton->setText(tr("Step"));
    ui.restartButton->setText(tr("Restart"));
    ui.scenarioLabel->installEventFilter(this);
    ui.panelScroll->setMinimumWidth(ui.parameterPanel->minimumSizeHint().width()
                                    + ui.panelScroll->verticalScrollBar()->sizeHint().width() + 4);
    ui.speedSlider->setRange(0, PlaybackClock::kSpeedSteps);
    ui.speedSlider->setValue(PlaybackClock::positionForSpeed(1));
    QFont clockFont = ui.clockLabel->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() + 1.5);
    clockFont.setFamily(QStringLiteral("monospace"));
    ui.clockLabel->setFont(clockFont);
    Palette::followPalette(ui.explainLabel, [label = ui.explainLabel] {
        label->setStyleSheet(Palette::hintStyleSheet(Palette::chrome()));   // light or dark desktop
    });
    ui.explainLabel->setMinimumHeight(22);
    ui.explainLabel->setMaximumHeight(40);
    explain({});
    // The views that draw the run at the playhead, listed once: a new run and a new playhead go
    // to each of them in this order.
    const auto addView = [this](auto *view, const char *name) {
        m_views.push_back({name, [view](const RunPtr &run) { view->setRun(run); }, [view](double ms) { view->setPlayhead(ms); }});
    };
    addView(ui.diagram, "diagram");
    addView(ui.lanes, "lanes");
    addView(ui.kpiStrip, "kpi");
    addView(ui.timeline, "overview");
    addView(ui.latencyPlot, "LatencyPlot");
    addView(ui.cdfPlot, "CdfPlot");
    addView(ui.costPlot, "CostPlot");
    addView(ui.environmentsPlot, "EnvironmentsPlot");

    // Playback.
    connect(ui.playButton, &QToolButton::clicked, clock, &PlaybackClock::togglePlay);
    connect(ui.actionPlayPause, &QAction::triggered, clock, &PlaybackClock::togglePlay);
    connect(ui.stepButton, &QToolButton::clicked, m_controller, &SimulationController::stepToNextEvent);
    connect(ui.actionStep, &QAction::triggered, m_controller, &SimulationController::stepToNextEvent);
    connect(ui.actionStepBack, &QAction::triggered, m_controller, &SimulationController::stepToPreviousEvent);
    connect(ui.actionNextColdStart, &QAction::triggered, m_controller, &SimulationController::runToNextColdStart);
    // Esc stops a run to the next cold start where it is (as Space does). Enabled only while one
    // plays, so that Esc keeps closing the request callout and dialogs otherwise.
    auto *stopRunTo = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopRunTo->setObjectName(QStringLiteral("stopRunToShortcut"));
    stopRunTo->setEnabled(false);
    connect(stopRunTo, &QShortcut::activated, clock, &PlaybackClock::pause);
    connect(clock, &PlaybackClock::playingToChanged, stopRunTo, &QShortcut::setEnabled);
    connect(ui.restartButton, &QToolButton::clicked, m_controller, &SimulationController::restart);
    connect(ui.actionRestart, &QAction::triggered, m_controller, &SimulationController::restart);
    connect(ui.speedSlider, &QSlider::valueChanged, this,
            [clock](int pos) { clock->setSpeed(PlaybackClock::speedForPosition(pos)); });
    connect(clock, &PlaybackClock::speedChanged, this, &ExplorerWindow::applySpeed);
    connect(clock, &PlaybackClock::playingChanged, this, [this] { updateLabels(); });
    connect(clock, &PlaybackClock::simTimeChanged, this, &ExplorerWindow::showPlayhead);
    // A long run is read at its end (every figure then equals the headless summary).
    connect(ui.actionGoToEnd, &QAction::triggered, this, [clock] {
        clock->pause();
        clock->seek(clock->durationMs());
    });
    // A long run keeps a sample of its requests: the interval at the playhead simulated again
    // from the nearest checkpoint shows every one of them.
    m_stretchLoader = new StretchLoader(this);
    connect(m_stretchLoader, &StretchLoader::loaded, ui.latencyPlot, &LatencyPlot::setStretch);
    connect(ui.actionEveryRequest, &QAction::triggered, this, [this] {
        const RunPtr run = m_controller->run();
        if (m_ui->latencyPlot->stretch() || !run) {
            m_stretchLoader->load(nullptr, 0, 0);
            m_ui->latencyPlot->setStretch(nullptr);
            return;
        }
        const double bucketMs = run->bucketS * 1000.0;
        const double t = std::min(m_controller->clock()->simTimeMs(), std::nextafter(run->durationMs, 0.0));
        const double from = std::floor(t / bucketMs) * bucketMs;
        m_stretchLoader->load(run, from, std::min(from + bucketMs, run->durationMs));
    });
    // Or a stretch chosen with Shift+drag on the overview or on a plot's time axis, with progress
    // and Cancel for all of them.
    auto *stretchZoom = new StretchZoom(m_stretchLoader, m_controller, this);
    connect(ui.timeline, &TimelineOverview::stretchSelected, stretchZoom, &StretchZoom::show);
    for (RunPlot *p : std::initializer_list<RunPlot *>{ui.latencyPlot, ui.costPlot, ui.environmentsPlot})
        connect(p, &RunPlot::stretchSelected, stretchZoom, &StretchZoom::show);
    for (QAction *a : {ui.actionPlayPause, ui.actionStep, ui.actionStepBack, ui.actionNextColdStart, ui.actionRestart,
                       ui.actionGoToEnd, ui.actionEveryRequest})
        a->setShortcutContext(Qt::WindowShortcut);
    addActions({ui.actionPlayPause, ui.actionStep, ui.actionStepBack, ui.actionNextColdStart, ui.actionRestart,
                ui.actionGoToEnd, ui.actionEveryRequest});

    // Runs and edits.
    connect(m_controller, &SimulationController::runReady, this, &ExplorerWindow::showRun);
    connect(m_controller, &SimulationController::computingChanged, this, [this](bool computing) {
        if (!computing)
            m_computeProgress = -1;
        m_ui->cancelComputeButton->setVisible(false);
        updateLabels();
    });
    connect(m_controller, &SimulationController::computeProgress, this, [this](double fraction, double secondsLeft) {
        m_computeProgress = fraction;
        m_computeSecondsLeft = secondsLeft;
        m_ui->cancelComputeButton->setVisible(m_controller->isComputing());
        updateLabels();
    });
    connect(ui.timeline, &TimelineOverview::seekRequested, clock, &PlaybackClock::seek);
    connect(ui.cancelComputeButton, &QToolButton::clicked, m_controller, &SimulationController::cancelComputation);
    connect(m_controller, &SimulationController::scenarioChanged, this, [this] {
        m_shownPeriod = -1;
        applySpeed(m_controller->clock()->speed());   // the lanes' window fits a new duration
        showPlayhead(m_controller->clock()->simTimeMs());
    });
    connect(ui.parameterPanel, &ParameterPanel::valueRequested, this,
            [this](const std::string &path, const ScalarValue &value) { applySettings({{path, value}}); });
    connect(ui.parameterPanel, &ParameterPanel::scenarioEditRequested, this, [this](const auto &edits) {
        std::vector<Problem> problems;
        const auto result = m_controller->editScenario([&](Scenario &s) {
            for (const auto &[path, value] : edits)
                for (auto &p : setScenarioValue(s, path, value))
                    problems.push_back(std::move(p));
        });
        problems.insert(problems.end(), result.begin(), result.end());
        if (problems.empty())
            return;
        QStringList lines;
        for (const auto &p : problems)
            lines << QString::fromStdString(p.format());
        explain(tr("Not applied: %1").arg(lines.join(QStringLiteral("; "))));
        m_ui->parameterPanel->showConfig(m_controller->configAt(m_controller->clock()->simTimeMs()));
    });
    connect(ui.parameterPanel, &ParameterPanel::idleRangeRequested, this, [this](bool ranged, double fixedS) {
        // Like every other control: a change at the playhead, both bounds in one.
        if (ranged)
            applySettings({{"platform.idle_timeout_s.min", 300.0}, {"platform.idle_timeout_s.max", 900.0}});
        else
            applySettings({{"platform.idle_timeout_s", fixedS}});
    });
    connect(ui.diagram, &LifecycleDiagram::explain, this, &ExplorerWindow::explain);
    connect(ui.lanes, &EnvironmentLanes::explain, this, &ExplorerWindow::explain);

    // Timed changes: a dock beside the plots, shown when the first change appears (a slider
    // moved during playback), in the Playback menu to show or hide.
    m_changes = new ChangesList(m_controller, this);
    m_changesDock = new QDockWidget(tr("Timed changes"), this);
    m_changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changesDock->setWidget(m_changes);
    addDockWidget(Qt::RightDockWidgetArea, m_changesDock);
    m_changesDock->hide();
    connect(m_changes, &ChangesList::firstChangeAppeared, m_changesDock, &QWidget::show);
    ui.menuPlayback->addSeparator();
    ui.menuPlayback->addAction(m_changesDock->toggleViewAction());

    // Menu.
    setupFileMenu();

    applySpeed(1);
    m_controller->setScenario(scenario);
    m_document->markClean();

    // The names lessons and presentation mode use: the widgets of the forms made above.
    for (QWidget *w : findChildren<QWidget *>())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            m_named.insert(w->objectName(), w);
}

ExplorerWindow::~ExplorerWindow() = default;

ParameterPanel *ExplorerWindow::panel() const { return m_ui->parameterPanel; }
LifecycleDiagram *ExplorerWindow::diagram() const { return m_ui->diagram; }
EnvironmentLanes *ExplorerWindow::lanes() const { return m_ui->lanes; }
LatencyPlot *ExplorerWindow::latencyPlot() const { return m_ui->latencyPlot; }
CdfPlot *ExplorerWindow::cdfPlot() const { return m_ui->cdfPlot; }
CostPlot *ExplorerWindow::costPlot() const { return m_ui->costPlot; }
EnvironmentsPlot *ExplorerWindow::environmentsPlot() const { return m_ui->environmentsPlot; }
KpiStrip *ExplorerWindow::kpiStrip() const { return m_ui->kpiStrip; }
QWidget *ExplorerWindow::namedWidget(const QString &name) const { return m_named.value(name); }
QMenu *ExplorerWindow::fileMenu() const { return m_ui->menuFile; }
QMenu *ExplorerWindow::helpMenu() const { return m_ui->menuHelp; }
QAction *ExplorerWindow::aboutAction() const { return m_ui->actionAbout; }
QLabel *ExplorerWindow::explainLabel() const { return m_ui->explainLabel; }
QLabel *ExplorerWindow::clockLabel() const { return m_ui->clockLabel; }
QScrollArea *ExplorerWindow::panelScroll() const { return m_ui->panelScroll; }
QAction *ExplorerWindow::quitAction() const { return m_ui->actionQuit; }
QWidget *ExplorerWindow::dashboardBottom() const { return m_ui->mainSplitter; }

void ExplorerWindow::setupFileMenu()
{
    auto &ui = *m_ui;
    m_document = new ScenarioDocument(m_controller, this, this);
    m_exports = new ExportActions(this);
    ui.actionNew->setShortcut(QKeySequence::New);
    ui.actionOpen->setShortcut(QKeySequence::Open);
    ui.actionSave->setShortcut(QKeySequence::Save);
    // Some desktops define no Save As key; Ctrl+Shift+S is what the others use.
    const QKeySequence saveAs(QKeySequence::SaveAs);
    ui.actionSaveAs->setShortcut(saveAs.isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) : saveAs);
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    connect(ui.actionNew, &QAction::triggered, m_document, &ScenarioDocument::requestNew);
    connect(ui.actionOpen, &QAction::triggered, m_document, &ScenarioDocument::requestOpen);
    connect(ui.actionSave, &QAction::triggered, m_document, &ScenarioDocument::requestSave);
    connect(ui.actionSaveAs, &QAction::triggered, m_document, &ScenarioDocument::requestSaveAs);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    ui.menuFile->insertMenu(ui.actionQuit, m_exports->menu());
    ui.menuFile->insertSeparator(ui.actionQuit);
    connect(m_document, &ScenarioDocument::recentFilesChanged, this, &ExplorerWindow::fillRecentMenu);
    connect(m_document, &ScenarioDocument::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &QWidget::setWindowModified);
    fillRecentMenu();
    fillExamplesMenu();
    setAcceptDrops(true);
}

void ExplorerWindow::fillRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_document->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // "&1 api.json": a mnemonic per entry; the whole path in the status bar.
        QAction *a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), m_document,
                                     [this, path] { m_document->requestOpenFile(path); });
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear list"), m_document, &ScenarioDocument::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void ExplorerWindow::fillExamplesMenu()
{
    QMenu *menu = m_ui->menuExamples;
    menu->clear();
    for (const ScenarioDocument::Example &e : ScenarioDocument::examples())
        menu->addAction(e.title, m_document, [this, path = e.path] { m_document->requestExample(path); });
}

void ExplorerWindow::restoreWindowState()
{
    const QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *s : {m_ui->mainSplitter, m_ui->viewSplitter, m_ui->lifecycleSplitter})
        s->restoreState(settings.value(QStringLiteral("window/") + s->objectName()).toByteArray());
}

void ExplorerWindow::saveWindowState() const
{
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (QSplitter *s : {m_ui->mainSplitter, m_ui->viewSplitter, m_ui->lifecycleSplitter})
        settings.setValue(QStringLiteral("window/") + s->objectName(), s->saveState());
}

void ExplorerWindow::closeEvent(QCloseEvent *event)
{
    if (m_exports->isBusy()) {
        // The export stops at its next look at the cancel flag; the window closes after it.
        m_exports->cancel();
        connect(m_exports, &ExportActions::finished, this, &QWidget::close, Qt::SingleShotConnection);
        event->ignore();
        return;
    }
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

namespace {
/// The scenario file among dropped URLs: one local .json file.
QString droppedScenario(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}
}  // namespace

void ExplorerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedScenario(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ExplorerWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedScenario(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: the save prompt or a problem message would run a nested event
    // loop while the drag source waits.
    QMetaObject::invokeMethod(this, [this, path] { m_document->requestOpenFile(path); }, Qt::QueuedConnection);
}

void ExplorerWindow::showRun(const RunPtr &run)
{
    auto &ui = *m_ui;
    // LLE_PROFILE=1 prints what each view costs (the worker prints its stages).
    static const bool profile = qEnvironmentVariableIsSet("LLE_PROFILE");
    QElapsedTimer timer;
    timer.start();
    QStringList stages;
    const auto lap = [&](const char *what) {
        if (profile)
            stages << QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
        timer.start();
    };
    // A stretch simulated again belongs to the run it came from.
    if (ui.latencyPlot->stretch() && (!run || !ui.latencyPlot->run() || run->generation != ui.latencyPlot->run()->generation))
        ui.latencyPlot->setStretch(nullptr);
    // The overview is for runs longer than the lanes can show at a glance.
    ui.timeline->setVisible(run && run->durationMs > 4 * 3'600'000.0);
    for (const RunView &v : m_views) {
        v.setRun(run);
        lap(v.name);
    }
    if (profile)
        std::fprintf(stderr, "%10.1f ui gen %llu %s: %s\n", profileStampMs(), static_cast<unsigned long long>(run ? run->generation : 0),
                     run && run->finished ? "complete" : "partial", qPrintable(stages.join(QStringLiteral(", "))));
    updateLabels();
    if (!m_started && m_autoPlay) {
        m_started = true;
        m_controller->clock()->play();
    }
}

void ExplorerWindow::showPlayhead(double ms)
{
    auto &ui = *m_ui;
    for (const RunView &v : m_views)
        v.setPlayhead(ms);
    // The panel shows the configuration in effect at the playhead.
    const auto &changes = m_controller->scenario().changes;
    const int period = static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                                      [ms](const Change &c) { return c.atS * 1000.0 <= ms; }));
    if (period != m_shownPeriod) {
        m_shownPeriod = period;
        ui.parameterPanel->showConfig(m_controller->configAt(ms));
    }
    updateLabels();
}

void ExplorerWindow::applySpeed(double speed)
{
    const QLocale loc;
    m_ui->speedLabel->setText(speed < 1 ? tr("%1×").arg(loc.toString(speed, 'f', 1))
                                        : tr("%1×").arg(loc.toString(std::round(speed), 'f', 0)));
    m_ui->diagram->setSpeed(speed);
    // The slider follows a speed set elsewhere (a scenario's own, a lesson's).
    if (PlaybackClock::speedForPosition(m_ui->speedSlider->value()) != speed) {
        const QSignalBlocker quiet(m_ui->speedSlider);
        m_ui->speedSlider->setValue(PlaybackClock::positionForSpeed(speed));
    }
    // The lanes show about 30 real seconds of playback, so they scroll at a steady pace, and
    // never more than the run: a run shorter than that fits the lanes' axis.
    const double duration = m_controller->scenario().durationS * 1000.0;
    m_ui->lanes->setWindowMs(std::min(std::max(speed * 30'000.0, 20'000.0), std::max(duration, 1.0)));
}

void ExplorerWindow::updateLabels()
{
    // Called every frame: only what changed is set (a new icon or text relayouts the bar).
    auto &ui = *m_ui;
    const PlaybackClock *clock = m_controller->clock();
    const auto setText = [](auto *w, const QString &text) {
        if (w->text() != text)
            w->setText(text);
    };
    if (m_shownPlaying != int(clock->isPlaying())) {
        m_shownPlaying = int(clock->isPlaying());
        ui.playButton->setText(clock->isPlaying() ? tr("Pause") : tr("Play"));
        ui.playButton->setIcon(style()->standardIcon(clock->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    }
    QString clockText = tr("t = %1 / %2").arg(Format::simTime(clock->simTimeMs()),
                                              Format::simTime(clock->durationMs()));
    if (m_controller->scenario().workload.pattern == WorkloadPattern::Diurnal) {
        // A diurnal workload's run starts at midnight: the time of day the traffic follows.
        const auto s = static_cast<qint64>(std::floor(clock->simTimeMs() / 1000.0));
        clockText += tr(" · day %1, %2:%3").arg(s / 86400 + 1).arg(s / 3600 % 24, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
    }
    setText(ui.clockLabel, clockText);
    QString computing;
    if (m_controller->isComputing()) {
        // A long run says how far it is and how long it still needs at its pace so far.
        const int percent = static_cast<int>(std::floor(std::max(0.0, m_computeProgress) * 100));
        if (m_computeProgress < 0)
            computing = tr("computing…");
        else if (m_computeSecondsLeft < 0)
            computing = tr("computing… %1 %").arg(percent);
        else if (m_computeSecondsLeft < 120)
            computing = tr("computing… %1 %, %2 s left").arg(percent).arg(std::lround(std::ceil(m_computeSecondsLeft)));
        else
            computing = tr("computing… %1 %, %2 min left").arg(percent).arg(std::lround(std::ceil(m_computeSecondsLeft / 60)));
    }
    setText(ui.computingLabel, computing);
    // A long name is shortened to the room the bar has, never widening the window. Laid out
    // again only when the name, the language, the room or the font changed, not every frame.
    const std::string &raw = m_controller->scenario().name;
    if (raw != m_shownName || ui.scenarioLabel->width() != m_shownNameWidth || ui.scenarioLabel->font() != m_shownNameFont) {
        m_shownName = raw;
        m_shownNameWidth = ui.scenarioLabel->width();
        m_shownNameFont = ui.scenarioLabel->font();
        const QString name = scenarioDisplayName(raw);
        setText(ui.scenarioLabel, ui.scenarioLabel->fontMetrics().elidedText(name, Qt::ElideRight, m_shownNameWidth));
        ui.scenarioLabel->setToolTip(name);
    }
}

void ExplorerWindow::applySettings(const SimulationController::Settings &settings)
{
    static const bool profile = qEnvironmentVariableIsSet("LLE_PROFILE");
    QElapsedTimer timer;
    timer.start();
    const std::uint64_t generation = m_controller->generation();
    const auto problems = m_controller->setValues(settings);
    const double setMs = double(timer.nsecsElapsed()) / 1e6;
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines << QString::fromStdString(p.format());
        explain(tr("Not applied: %1").arg(lines.join(QStringLiteral("; "))));
        // Put the control back to what is in effect.
        m_ui->parameterPanel->showConfig(m_controller->configAt(m_controller->clock()->simTimeMs()));
        return;
    }
    // A change showed itself (scenarioChanged); a value equal to the one in effect changed nothing,
    // and the control is put back to that value exactly.
    if (m_controller->generation() == generation)
        m_ui->parameterPanel->showConfig(m_controller->configAt(m_controller->clock()->simTimeMs()));
    if (profile)
        std::fprintf(stderr, "%10.1f ui gen %llu requested: setValues %.1f ms, views %.1f ms\n", profileStampMs(),
                     static_cast<unsigned long long>(m_controller->generation()), setMs,
                     double(timer.nsecsElapsed()) / 1e6 - setMs);
}

void ExplorerWindow::explain(const QString &text)
{
    m_ui->explainLabel->setText(
        text.isEmpty() ? tr("What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a "
                            "request, light blue = frozen. Hover for details; a slider changes the function from now on.")
                       : text);
}

bool ExplorerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->scenarioLabel && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        updateLabels();
    return QMainWindow::eventFilter(watched, event);
}

void ExplorerWindow::changeEvent(QEvent *event)
{
    // The language was switched from the menu: the form's texts, then the views that paint text.
    if (event->type() == QEvent::LanguageChange) {
        m_shownNameWidth = -1;   // the scenario's name in the new language
        m_ui->retranslateUi(this);
        m_changesDock->setWindowTitle(tr("Timed changes"));
        if (m_document) {   // the File menu's parts made in code (after setupUi)
            setWindowTitle(m_document->windowTitle());
            m_exports->retranslate();
            fillRecentMenu();
            fillExamplesMenu();
        }
        for (QWidget *w : findChildren<QWidget *>())
            w->update();
        updateLabels();   // paused, nothing else would show the name in the new language
    }
    QMainWindow::changeEvent(event);
}

}  // namespace lle
