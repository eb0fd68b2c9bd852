// SPDX-License-Identifier: GPL-3.0-or-later
// File → Record clip… in the window (ui/clipactions.h, ui/recordclipdialog.h): the menu entry,
// the dialog's defaults, a clip recorded from the window's run while the window keeps playing,
// cancel leaving nothing. Waits with QTRY_, no sleeps.
#include "clipactions.h"
#include "clipframes.h"
#include "parameterpanel.h"
#include "explorerwindow.h"
#include "exportactions.h"
#include "recordclipdialog.h"
#include "scenarioio.h"
#include "simulationcontroller.h"

#include "../app/explorerprocess.h"
#include "../app/videoprobe.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;

class TestClipActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
    std::unique_ptr<ExplorerWindow> m_window;
    ClipActions *m_clips = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        Scenario s = defaultScenario();
        s.durationS = 60;
        m_window = std::make_unique<ExplorerWindow>(s);
        m_clips = new ClipActions(m_window.get());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        SimulationController *c = m_window->controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->run() && c->run()->finished && c->run()->generation == c->generation(), 30'000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void theFileMenuHasTheAction()
    {
        auto *file = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(m_clips->recordAction());
        QVERIFY(at > 0);
        // Beside File → Export.
        QCOMPARE(actions.at(at - 1), m_window->exports()->menu()->menuAction());
        QVERIFY(!m_clips->recordAction()->text().isEmpty());
        QVERIFY(m_clips->recordAction()->isEnabled());
    }

    void dialogDefaults()
    {
        RecordClipDialog dialog(60'000);
        const ClipSpec spec = dialog.spec();
        QCOMPARE(spec.view, ClipView::Dashboard);
        QCOMPARE(spec.fromMs, 0.0);
        QCOMPARE(spec.toMs, 60'000.0);
        QCOMPARE(spec.speed, 1.0);
        QCOMPARE(spec.video.fps, 30);
        QCOMPARE(spec.video.size, QSize(1920, 1080));
        QCOMPARE(spec.video.format, VideoFormat::Mp4);
        QVERIFY(spec.captions);
        QVERIFY(spec.narration.empty());
        QCOMPARE(RecordClipDialog::sizePresets().mid(0, 3),
                 (QList<QSize>{QSize(1920, 1080), QSize(1280, 720), QSize(1080, 1080)}));
        // A lesson step's text becomes the narration from the start of the stretch.
        dialog.setSpan(12'000, 30'000);
        dialog.setNarration(QStringLiteral("Lesson · 2 / 5"), QStringLiteral("A frozen environment is reused."));
        const ClipSpec lesson = dialog.spec();
        QCOMPARE(lesson.title, QStringLiteral("Lesson · 2 / 5"));
        QCOMPARE(int(lesson.narration.size()), 1);
        QCOMPARE(lesson.narration.front().fromMs, 12'000.0);
        QCOMPARE(lesson.narration.front().text, QStringLiteral("A frozen environment is reused."));
    }

    void wholeWindowShowsTheParameterPanel()
    {
        ClipSpec spec;
        spec.view = ClipView::Window;
        spec.fromMs = 0;
        spec.toMs = 10'000;
        spec.video = {VideoFormat::Mp4, QSize(1280, 720), 30};
        ClipFrames window(m_window->controller()->run(), spec);
        window.setSidePanel(m_window->panel());
        spec.view = ClipView::Dashboard;
        ClipFrames dashboard(m_window->controller()->run(), spec);
        const QImage withPanel = window.frame(60), without = dashboard.frame(60);
        QCOMPARE(withPanel.size(), QSize(1280, 720));
        // The panel takes the left of the frame (at most a third); the dashboard moves right.
        const int panelW = std::min(m_window->panel()->width(), 1280 / 3);
        QVERIFY(withPanel.copy(0, 40, panelW, 600) != without.copy(0, 40, panelW, 600));
        QVERIFY(window.lanesRect().left() >= panelW);
    }

    void recordsWhileTheWindowPlays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.gif"));
        ClipSpec spec;
        spec.view = ClipView::Diagram;
        spec.fromMs = 10'000;
        spec.toMs = 12'000;
        spec.video = {VideoFormat::Gif, QSize(320, 180), 10};
        QSignalSpy finished(m_clips, &ClipActions::finished);
        PlaybackClock *clock = m_window->controller()->clock();
        clock->seek(0);
        clock->play();
        QVERIFY(m_clips->startRecording(spec, path));
        QVERIFY(m_clips->isRecording());
        QVERIFY(!m_clips->recordAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        clock->pause();
        QVERIFY(m_clips->recordAction()->isEnabled());
        QCOMPARE(test::entries(dir.path()), QStringList{QStringLiteral("clip.gif")});
        const test::VideoProbe probe = test::probeVideo(path);
        QCOMPARE(probe.frames, 20);
        QCOMPARE(QSize(probe.width, probe.height), QSize(320, 180));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        ClipSpec spec;
        spec.view = ClipView::Dashboard;
        spec.fromMs = 0;
        spec.toMs = 60'000;
        spec.video = {VideoFormat::Mp4, QSize(640, 360), 30};
        QSignalSpy finished(m_clips, &ClipActions::finished);
        QVERIFY(m_clips->startRecording(spec, dir.filePath(QStringLiteral("clip.mp4"))));
        QSignalSpy progress(m_clips->recording(), &ClipRecording::progress);
        QTRY_VERIFY(progress.size() >= 5);
        m_clips->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(test::entries(dir.path()), QStringList());
    }
};

QTEST_MAIN(TestClipActions)
#include "tst_clipactions.moc"
