// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerwindow.h"

#include "teaching.h"

#include "environmentlanes.h"
#include "kpistrip.h"
#include "lifecyclediagram.h"
#include "palette.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "ui_explorerwindow.h"
#include "valueslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTranslator>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace lle {

namespace {
/// Milliseconds on the steady clock, to line up the profile lines of the worker and the UI thread.
inline double profileStampMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count() % 1'000'000'000) / 1000.0;
}
}  // namespace

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
    ui.panelScroll->setMinimumWidth(ui.parameterPanel->minimumSizeHint().width()
                                    + ui.panelScroll->verticalScrollBar()->sizeHint().width() + 4);
    ui.speedSlider->setRange(0, PlaybackClock::kSpeedSteps);
    ui.speedSlider->setValue(PlaybackClock::positionForSpeed(1));
    QFont clockFont = ui.clockLabel->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() + 1.5);
    clockFont.setFamily(QStringLiteral("monospace"));
    ui.clockLabel->setFont(clockFont);
    ui.explainLabel->setStyleSheet(QStringLiteral("background: #FFFBE6; padding: 2px 6px; border-top: 1px solid #E0D8B0"));
    ui.explainLabel->setMinimumHeight(22);
    ui.explainLabel->setMaximumHeight(40);
    explain({});

    // Playback.
    connect(ui.playButton, &QToolButton::clicked, clock, &PlaybackClock::togglePlay);
    connect(ui.actionPlayPause, &QAction::triggered, clock, &PlaybackClock::togglePlay);
    connect(ui.stepButton, &QToolButton::clicked, m_controller, &SimulationController::stepToNextEvent);
    connect(ui.actionStep, &QAction::triggered, m_controller, &SimulationController::stepToNextEvent);
    connect(ui.restartButton, &QToolButton::clicked, m_controller, &SimulationController::restart);
    connect(ui.actionRestart, &QAction::triggered, m_controller, &SimulationController::restart);
    connect(ui.speedSlider, &QSlider::valueChanged, this,
            [clock](int pos) { clock->setSpeed(PlaybackClock::speedForPosition(pos)); });
    connect(clock, &PlaybackClock::speedChanged, this, &ExplorerWindow::applySpeed);
    connect(clock, &PlaybackClock::playingChanged, this, [this] { updateLabels(); });
    connect(clock, &PlaybackClock::simTimeChanged, this, &ExplorerWindow::showPlayhead);
    for (QAction *a : {ui.actionPlayPause, ui.actionStep, ui.actionRestart})
        a->setShortcutContext(Qt::WindowShortcut);
    addActions({ui.actionPlayPause, ui.actionStep, ui.actionRestart});

    // Runs and edits.
    connect(m_controller, &SimulationController::runReady, this, &ExplorerWindow::showRun);
    connect(m_controller, &SimulationController::computingChanged, this, [this] { updateLabels(); });
    connect(m_controller, &SimulationController::scenarioChanged, this, [this] {
        m_shownPeriod = -1;
        showPlayhead(m_controller->clock()->simTimeMs());
    });
    connect(ui.parameterPanel, &ParameterPanel::valueRequested, this, &ExplorerWindow::onValueRequested);
    connect(ui.parameterPanel, &ParameterPanel::idleRangeRequested, this, [this](bool ranged, double fixedS) {
        // Like every other control: a change at the playhead, both bounds in one.
        if (ranged)
            applySettings({{"platform.idle_timeout_s.min", 300.0}, {"platform.idle_timeout_s.max", 900.0}});
        else
            applySettings({{"platform.idle_timeout_s", fixedS}});
    });
    connect(ui.diagram, &LifecycleDiagram::explain, this, &ExplorerWindow::explain);
    connect(ui.lanes, &EnvironmentLanes::explain, this, &ExplorerWindow::explain);

    // Menu.
    connect(ui.actionOpen, &QAction::triggered, this, &ExplorerWindow::openScenario);
    connect(ui.actionSaveScreenshot, &QAction::triggered, this, &ExplorerWindow::saveScreenshot);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lambda Lifecycle Explorer"),
                           tr("Lambda Lifecycle Explorer animates AWS Lambda execution environments through "
                              "their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later."));
    });

    applySpeed(1);
    m_controller->setScenario(scenario);
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
    ui.diagram->setRun(run);
    lap("diagram");
    ui.lanes->setRun(run);
    lap("lanes");
    ui.kpiStrip->setRun(run);
    lap("kpi");
    for (RunPlot *p : std::initializer_list<RunPlot *>{ui.latencyPlot, ui.cdfPlot, ui.costPlot, ui.environmentsPlot}) {
        p->setRun(run);
        lap(p->metaObject()->className() + 5);   // without "lle::"
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
    ui.diagram->setPlayhead(ms);
    ui.lanes->setPlayhead(ms);
    ui.kpiStrip->setPlayhead(ms);
    for (RunPlot *p : std::initializer_list<RunPlot *>{ui.latencyPlot, ui.cdfPlot, ui.costPlot, ui.environmentsPlot})
        p->setPlayhead(ms);
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
    // The lanes show about 30 real seconds of playback, so they scroll at a steady pace.
    const double duration = m_controller->scenario().durationS * 1000.0;
    m_ui->lanes->setWindowMs(std::clamp(speed * 30'000.0, 20'000.0, std::max(20'000.0, duration)));
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
    setText(ui.clockLabel, tr("t = %1 / %2").arg(Palette::formatSimTime(clock->simTimeMs()),
                                                  Palette::formatSimTime(clock->durationMs())));
    setText(ui.computingLabel, m_controller->isComputing() ? tr("computing…") : QString());
    setText(ui.scenarioLabel, QString::fromStdString(m_controller->scenario().name));
}

void ExplorerWindow::onValueRequested(const QString &path, const QVariant &value)
{
    ScalarValue v;
    if (value.typeId() == QMetaType::Bool)
        v = value.toBool();
    else if (value.typeId() == QMetaType::QString)
        v = value.toString().toStdString();
    else
        v = value.toDouble();
    applySettings({{path.toStdString(), v}});
}

void ExplorerWindow::applySettings(const SimulationController::Settings &settings)
{
    static const bool profile = qEnvironmentVariableIsSet("LLE_PROFILE");
    QElapsedTimer timer;
    timer.start();
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
    m_shownPeriod = -1;
    showPlayhead(m_controller->clock()->simTimeMs());
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

void ExplorerWindow::openScenario()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open scenario"), {}, tr("Scenario files (*.json)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open scenario"), tr("Cannot read %1.").arg(file));
        return;
    }
    const QByteArray text = f.readAll();
    auto r = parseScenario(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                           QFileInfo(file).absolutePath().toStdString());
    if (!r.scenario) {
        QStringList lines;
        for (const auto &p : r.problems)
            lines << QString::fromStdString(p.format());
        QMessageBox::warning(this, tr("Open scenario"), tr("The scenario has problems:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    m_controller->setScenario(*r.scenario);
}

void ExplorerWindow::changeEvent(QEvent *event)
{
    // The language was switched from the menu: the form's texts, then the views that paint text.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (QWidget *w : findChildren<QWidget *>())
            w->update();
    }
    QMainWindow::changeEvent(event);
}

void ExplorerWindow::saveScreenshot()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save screenshot"), QStringLiteral("explorer.png"),
                                                      tr("PNG images (*.png)"));
    if (!file.isEmpty())
        grab().save(file, "PNG");
}

QString installTranslator(const QString &requested)
{
    // --lang sets the default locale before the window starts; LLE_LANG is for rehearsals.
    QString lang = requested;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("LLE_LANG");
    if (lang.isEmpty())
        lang = QLocale().name().left(2);
    return setApplicationLanguage(lang);
}

int runExplorerWindow(const QString &scenarioPath)
{
    installTranslator();
    Scenario scenario = defaultScenario();
    QStringList problems;
    if (!scenarioPath.isEmpty()) {
        QFile f(scenarioPath);
        if (!f.open(QIODevice::ReadOnly)) {
            problems << QCoreApplication::translate("lle::ExplorerWindow", "Cannot read %1.").arg(scenarioPath);
        } else {
            const QByteArray text = f.readAll();
            auto r = parseScenario(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                   QFileInfo(scenarioPath).absolutePath().toStdString());
            if (r.scenario)
                scenario = *r.scenario;
            for (const auto &p : r.problems)
                problems << QString::fromStdString(p.format());
        }
    }
    auto *window = new ExplorerWindow(scenario);
    new Teaching(window);   // lessons, explanations, presentation mode, language menu
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(1280, 720);
    window->show();
    if (!problems.isEmpty())
        QMessageBox::warning(window, QCoreApplication::translate("lle::ExplorerWindow", "Scenario problems"),
                             QCoreApplication::translate("lle::ExplorerWindow",
                                                         "%1 has problems; showing the built-in scenario instead.\n\n%2")
                                 .arg(scenarioPath, problems.join(QLatin1Char('\n'))));
    return QApplication::exec();
}

}  // namespace lle
