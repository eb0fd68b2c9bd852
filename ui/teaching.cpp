// SPDX-License-Identifier: GPL-3.0-or-later
#include "teaching.h"

#include "coldexplainer.h"
#include "environmentlanes.h"
#include "explanations.h"
#include "explorerwindow.h"
#include "highlightframe.h"
#include "kpistrip.h"
#include "language.h"
#include "lessonfigures.h"
#include "lessonpanel.h"
#include "parameterpanel.h"
#include "requestcallout.h"
#include "runplots.h"
#include "simulationcontroller.h"
#include "textscale.h"
#include "lessoncues.h"
#include "lessonfile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCursor>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace lle {

Teaching::Teaching(ExplorerWindow *window) : QObject(window), m_window(window)
{
    m_highlight = new HighlightFrame(window);
    m_panel = new LessonPanel(&m_player);
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setTitleBarWidget(new QWidget(m_dock));   // the panel has its own title and close button
    m_dock->setMinimumWidth(280);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &LessonPanel::closeRequested, this, &Teaching::closeLesson);
    connect(m_panel, &LessonPanel::skipRequested, this, &Teaching::skipToCue);

    SimulationController *controller = window->controller();
    connect(&m_player, &LessonPlayer::scenarioRequested, this, [this, controller](const Scenario &s) {
        controller->setScenario(s);
    });
    connect(&m_player, &LessonPlayer::changeRequested, this,
            [controller](const std::vector<std::pair<std::string, ScalarValue>> &settings) { controller->setValues(settings); });
    connect(&m_player, &LessonPlayer::highlightRequested, this, &Teaching::onHighlight);
    connect(&m_player, &LessonPlayer::cueRequested, this, &Teaching::onCue);
    connect(controller->clock(), &PlaybackClock::simTimeChanged, this, [this] { checkCue(); });
    connect(controller, &SimulationController::runReady, this, [this] {
        checkCue();
        m_player.refreshFigures();
    });
    // Figures in a step's text come from the run on the screen, up to the moment the step plays
    // to (or the playhead when it plays to nothing).
    m_player.setFigureFiller([this, controller](const QString &text) {
        const RunPtr run = controller->run();
        double until = controller->clock()->simTimeMs();
        if (run && m_cue.kind != Cue::Kind::None)
            if (const auto t = cueReachedAt(*run, m_cue, m_cueFromMs))
                until = std::max(until, *t);
        // Settings from the scenario in effect at once; the run's figures once its run is there.
        const Scenario inEffect = controller->configAt(until);
        return LessonFigures::fill(text, run && run->generation == controller->generation() ? run.get() : nullptr, until, &inEffect);
    });

    buildMenus();
    installExplanations();
    window->installEventFilter(this);
    // "Why was this request cold?": widgets that know which request was clicked say so.
    connect(window->lanes(), &EnvironmentLanes::invocationClicked, this, &Teaching::explainRequest);
    connect(window->latencyPlot(), &LatencyPlot::invocationClicked, this, &Teaching::explainRequest);
    retranslate();

    // For rehearsals and screenshots: LLE_LESSON=id[:step], LLE_PRESENTATION=1.
    const QString lesson = qEnvironmentVariable("LLE_LESSON");
    if (!lesson.isEmpty())
        openLesson(lesson.section(QLatin1Char(':'), 0, 0), std::max(1, lesson.section(QLatin1Char(':'), 1, 1).toInt()));
    if (qEnvironmentVariableIntValue("LLE_PRESENTATION") == 1)
        setPresentationMode(true);
}

void Teaching::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *help = m_window->helpMenu();
    m_viewMenu = new QMenu(bar);
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    bar->insertMenu(help ? help->menuAction() : nullptr, m_viewMenu);
    m_lessonsMenu = new QMenu(bar);
    m_lessonsMenu->setObjectName(QStringLiteral("menuLessons"));
    bar->insertMenu(help ? help->menuAction() : nullptr, m_lessonsMenu);
    for (const QString &file : builtInLessonFiles()) {
        auto r = loadLesson(file);
        if (!r.lesson)
            continue;
        QAction *a = m_lessonsMenu->addAction(QString());
        a->setObjectName(QStringLiteral("lesson_") + r.lesson->id);
        a->setData(r.lesson->id);
        a->setProperty("lessonTitle", r.lesson->title);
        connect(a, &QAction::triggered, this, [this, id = r.lesson->id] { openLesson(id); });
    }

    m_lessonsMenu->addSeparator();
    m_openLessonFile = m_lessonsMenu->addAction(QString());
    m_openLessonFile->setObjectName(QStringLiteral("actionOpenLessonFile"));
    connect(m_openLessonFile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open lesson file"), QString(),
                                                          tr("Lessons (*.json)"));
        if (!path.isEmpty())
            openLessonFile(path);
    });

    m_presentation = m_viewMenu->addAction(QString());
    m_presentation->setObjectName(QStringLiteral("actionPresentation"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentation->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(m_presentation);
    connect(m_presentation, &QAction::toggled, this, &Teaching::setPresentationMode);

    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so that anyone can find their way back.
    m_korean = m_languageMenu->addAction(QStringLiteral("한국어 (Korean)"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_korean->setObjectName(QStringLiteral("actionKorean"));
    m_english->setObjectName(QStringLiteral("actionEnglish"));
    for (QAction *a : {m_korean, m_english}) {
        a->setCheckable(true);
        m_languages->addAction(a);
    }
    (QLocale().language() == QLocale::Korean ? m_korean : m_english)->setChecked(true);
    connect(m_korean, &QAction::triggered, this, [] { setApplicationLanguage(QStringLiteral("ko")); });
    connect(m_english, &QAction::triggered, this, [] { setApplicationLanguage(QStringLiteral("en")); });
}

void Teaching::retranslate()
{
    m_lessonsMenu->setTitle(tr("&Lessons"));
    if (m_viewMenu->objectName() == QLatin1String("menuView") && m_viewMenu->title().isEmpty())
        m_viewMenu->setTitle(tr("&View"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_presentation->setText(tr("&Presentation mode"));
    m_presentation->setToolTip(tr("Full screen, larger text, secondary panels hidden (F11)"));
    for (QAction *a : m_lessonsMenu->actions())
        if (a->property("lessonTitle").isValid())
            a->setText(QCoreApplication::translate("Lesson", a->property("lessonTitle").toString().toUtf8().constData()));
    m_openLessonFile->setText(tr("Open lesson &file…"));
    m_dock->setWindowTitle(tr("Lesson"));
    installExplanations();
    (QLocale().language() == QLocale::Korean ? m_korean : m_english)->setChecked(true);
    // Texts of the other language are longer or shorter: the panel's column is sized again once
    // every widget has its new texts, so that no value is cut ("0 environmer").
    QTimer::singleShot(0, this, [this] { fitToFont(); });
}

void Teaching::installExplanations()
{
    for (const QString &name : explanations::objectNames()) {
        QWidget *w = m_window->namedWidget(name);
        if (!w)
            continue;
        w->setToolTip(explanations::shortText(explanations::idForObjectName(name)));
        w->removeEventFilter(this);
        w->installEventFilter(this);
    }
    if (QWidget *kpi = m_window->kpiStrip()) {
        QStringList lines;
        for (const char *id : {"kpi.cold", "kpi.p50", "kpi.p99", "kpi.per_million", "kpi.cost_so_far", "kpi.per_month", "kpi.requests"})
            lines << QStringLiteral("• ") + explanations::shortText(QLatin1String(id));
        kpi->setToolTip(lines.join(QLatin1Char('\n')));
        kpi->removeEventFilter(this);
        kpi->installEventFilter(this);
    }
}

void Teaching::showExplanation(const QString &text)
{
    QLabel *label = m_window->explainLabel();
    label->setWordWrap(true);
    label->setText(text);
}

bool Teaching::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn) {
        const QString name = watched->objectName();
        if (name == QLatin1String("kpiStrip")) {
            showExplanation(explanations::longText(QStringLiteral("kpi.cold")) + QLatin1Char(' ')
                            + explanations::longText(QStringLiteral("kpi.p99")));
        } else {
            const QString id = explanations::idForObjectName(name);
            if (!id.isEmpty())
                showExplanation(explanations::longText(id));
        }
    }
    return QObject::eventFilter(watched, event);
}

bool Teaching::openLesson(const QString &id, int step)
{
    for (const QString &file : builtInLessonFiles()) {
        auto r = loadLesson(file);
        if (!r.lesson || r.lesson->id != id)
            continue;
        m_player.setLesson(*r.lesson);
        m_dock->show();
        m_player.start();
        for (int i = 1; i < step && m_player.hasNext(); ++i)
            m_player.next();
        return true;
    }
    return false;
}

bool Teaching::openLessonFile(const QString &path)
{
    LessonLoad r = loadLesson(path);
    if (!r.lesson) {
        // Said, not thrown: the window and whatever lesson is open go on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Lesson not opened"),
                                    tr("The lesson %1 cannot be opened:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("lessonErrorBox"));
        box->setInformativeText(r.errors.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_player.setLesson(*r.lesson);
    m_dock->show();
    m_player.start();
    return true;
}

void Teaching::closeLesson()
{
    m_player.stop();
    m_dock->hide();
}

void Teaching::onHighlight(const QString &objectName)
{
    m_highlightName = objectName;
    QWidget *target = objectName.isEmpty() ? nullptr : m_window->namedWidget(objectName);
    // A control below the visible part of the panel is scrolled into view first, with its
    // caption and value: the frame must never point at something the class cannot see.
    for (QWidget *w = target ? target->parentWidget() : nullptr; w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            if (scroll->widget() && scroll->widget()->isAncestorOf(target))
                scroll->ensureWidgetVisible(target, 16, 48);
            break;
        }
    m_highlight->setTarget(target);
}

void Teaching::onCue(const Cue &cue)
{
    m_cue = cue;
    PlaybackClock *clock = m_window->controller()->clock();
    const double now = clock->simTimeMs();
    m_cueFromMs = now <= 0 ? -1 : now;
    m_speedChosen = false;
    m_panel->setWaiting(cue.kind != Cue::Kind::None);
    if (cue.kind == Cue::Kind::None)
        return;
    clock->play();
    checkCue();
}

void Teaching::checkCue()
{
    if (m_cue.kind == Cue::Kind::None)
        return;
    SimulationController *controller = m_window->controller();
    PlaybackClock *clock = controller->clock();
    const RunPtr run = controller->run();
    if (!run || run->generation != controller->generation())
        return;
    const double now = clock->simTimeMs();
    const auto t = cueReachedAt(*run, m_cue, m_cueFromMs);
    if (t && !m_speedChosen) {
        // Reach the cue in about seven real seconds, never slower than real time.
        m_speedChosen = true;
        clock->setSpeed(std::clamp((*t - now) / 7000.0, 1.0, 2000.0));
    }
    if (t && *t <= now) {
        m_cue = Cue{};
        clock->pause();
        clock->seek(*t);
        m_panel->setWaiting(false);
        m_player.refreshFigures();
    } else if (!t && run->finished && now >= clock->durationMs()) {
        m_cue = Cue{};
        m_panel->setWaiting(false);
    }
}

void Teaching::skipToCue()
{
    if (m_cue.kind == Cue::Kind::None)
        return;
    SimulationController *controller = m_window->controller();
    PlaybackClock *clock = controller->clock();
    const RunPtr run = controller->run();
    const auto t = run ? cueReachedAt(*run, m_cue, m_cueFromMs) : std::nullopt;
    m_cue = Cue{};
    clock->pause();
    if (t)
        clock->seek(*t);
    m_panel->setWaiting(false);
    m_player.refreshFigures();
}

void Teaching::explainRequest(quint64 id)
{
    const RunPtr run = m_window->controller()->run();
    if (!run)
        return;
    // The run's request, or one of a stretch simulated again that the run keeps only as a sample.
    const InvocationRecord *inv = nullptr;
    for (const InvocationRecord &r : run->invocations)
        if (r.id == id) {
            inv = &r;
            break;
        }
    if (!inv)
        inv = m_window->latencyPlot()->drawnInvocation(id);
    const ColdExplanation e = inv ? explainColdStart(*run, *inv) : explainColdStart(*run, id);
    showExplanation(QStringList{e.title, e.reasonText}.join(QLatin1Char(' ')));
    // Marked where it is drawn, and explained beside the click.
    m_window->latencyPlot()->markInvocation(inv);
    m_window->lanes()->markInvocation(inv ? id : 0, inv ? inv->envId : 0);
    if (!m_callout)
        m_callout = new RequestCallout(m_window);
    m_callout->showFor(e, m_window->mapFromGlobal(QCursor::pos()));
}

void Teaching::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (m_presentation->isChecked() != on)
        m_presentation->setChecked(on);
    if (on) {
        // The views read the window's "presentation" property when the font change reaches them
        // (TextScale): set it first.
        m_window->setProperty("presentation", true);
        m_normalFont = QApplication::font();
        QFont big = m_normalFont;
        const double minimumPt = TextScale::kMinimumPixels * 72.0 / std::max(1, m_window->logicalDpiY());
        big.setPointSizeF(std::max(m_normalFont.pointSizeF() * TextScale::kFactor, minimumPt));
        QApplication::setFont(big);
        notifyFontChange();
        // Secondary panels: the init and billing groups, detail controls and two of the plots.
        m_hiddenForPresentation.clear();
        for (const char *name : {"initGroup", "billingGroup", "cdfPlot", "environmentsPlot", "architectureCaption",
                                 "architectureCombo", "cpuCaption", "cpuSlider", "cpuValue", "ioCaption", "ioSlider",
                                 "ioValue", "dbSetupCaption", "dbSetupSlider", "dbSetupValue", "computingLabel"})
            if (QWidget *w = m_window->namedWidget(QLatin1String(name)); w && !w->isHidden()) {
                w->hide();
                m_hiddenForPresentation << w;
            }
        if (m_window->statusBar())
            m_window->statusBar()->hide();
        m_window->setStyleSheet(QStringLiteral(
            "QMainWindow, QWidget#central, QScrollArea, QScrollArea > QWidget > QWidget { background: white; color: black; }"
            "QLabel { color: black; }"
            "QGroupBox { font-weight: bold; border: 2px solid black; margin-top: 1.2em; }"
            "QGroupBox::title { subcontrol-origin: margin; left: 6px; }"
            "QLabel#explainLabel { background: black; color: white; padding: 4px 8px; }"
            "QWidget#lessonPanel { background: #FFF8E0; }"));
        m_highlight->setLineWidth(6);
        m_panel->setScale(1.4);
        fitToFont();
        // The lesson panel as narrow as it goes: its text has the height to wrap into, and the
        // lanes beside the diagram get the width (180 px at 1280 otherwise).
        m_normalDockWidth = m_dock->width();
        m_window->resizeDocks({m_dock}, {m_dock->minimumWidth()}, Qt::Horizontal);
        m_window->showFullScreen();
    } else {
        m_window->setProperty("presentation", false);
        QApplication::setFont(m_normalFont);
        notifyFontChange();
        for (const auto &w : m_hiddenForPresentation)
            if (w)
                w->show();
        m_hiddenForPresentation.clear();
        m_window->setStyleSheet(QString());
        m_highlight->setLineWidth(4);
        m_panel->setScale(1.0);
        fitToFont();
        // Once the normal font has reached the lesson panel: its larger minimum would clamp the width.
        if (m_normalDockWidth > 0)
            QTimer::singleShot(0, this, [this, width = m_normalDockWidth] {
                if (!m_presenting)
                    m_window->resizeDocks({m_dock}, {width}, Qt::Horizontal);
            });
        m_window->showNormal();
    }
    onHighlight(m_highlightName);
}

void Teaching::notifyFontChange()
{
    // QApplication tells the widgets only once its event loop runs: presentation mode asked for
    // at start (LLE_PRESENTATION) would leave them in the old size. The window passes the event
    // on to its children; a second one while running changes nothing.
    QEvent e(QEvent::ApplicationFontChange);
    QCoreApplication::sendEvent(m_window, &e);
}

void Teaching::fitToFont()
{
    // The parameter panel and the "What am I seeing?" line are sized for the font at start: with
    // the presentation font their texts would be cut at the right and the bottom.
    QScrollArea *scroll = m_window->panelScroll();
    QWidget *panel = m_window->panel();
    panel->adjustSize();
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    m_window->explainLabel()->setMaximumHeight(QFontMetrics(QApplication::font()).lineSpacing() * 2 + 12);
    // The clock reads a little larger than the application font, in either mode.
    QLabel *clock = m_window->clockLabel();
    QFont f = clock->font();
    f.setPointSizeF(QApplication::font().pointSizeF() + 1.5);
    clock->setFont(f);
}

}  // namespace lle
