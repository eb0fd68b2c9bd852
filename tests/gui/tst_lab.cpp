// SPDX-License-Identifier: GPL-3.0-or-later
// The trade-off lab in the window: its menus and File → Open study….
#include "atomicfile.h"
#include "labtesting.h"
#include "studyrunner.h"
#include "sweepplot.h"
#include "sweepview.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;
using namespace lle::testing;

class TestLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void menusAreThere()
    {
        LabWindow f;
        auto *lab = f.window.findChild<QMenu *>(QStringLiteral("menuLab"));
        QVERIFY(lab);
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionSweep")));
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionRunHistory")) || lab->actions().size() >= 2);
        // Calibrate sits in the File menu before Quit.
        auto *file = f.window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        const auto actions = file->actions();
        int calibrate = -1, quit = -1;
        for (int i = 0; i < actions.size(); ++i) {
            if (actions[i]->objectName() == QLatin1String("actionCalibrate"))
                calibrate = i;
            if (actions[i]->objectName() == QLatin1String("actionQuit"))
                quit = i;
        }
        QVERIFY(calibrate >= 0);
        QVERIFY(quit < 0 || calibrate < quit);
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionOpenStudy")));
        QVERIFY(actions.contains(f.window.findChild<QAction *>(QStringLiteral("actionOpenStudy"))));
    }

    void planForAClusterThenOpenTheMergedStudy()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 2048"));
        view->setReplications(2);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("study"));
        QVERIFY(view->planForCluster(dir));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("sweepStatus"))->text().contains(QStringLiteral("Planned 4 jobs")));

        // Half the jobs run: the study cannot be shown yet, and says why.
        StudyManifest m;
        QVERIFY(!readStudyPlan(dir, &m));
        QCOMPARE(m.jobCount(), std::size_t(4));
        const Scenario base = studyBaseScenario(m);
        auto runJob = [&](std::size_t i) {
            return writeFileAtomically(QStringLiteral("%1/results/%2.json").arg(dir).arg(i), runStudyJob(m, base, i));
        };
        QVERIFY(runJob(0) && runJob(1));
        QSignalSpy opened(f.lab, &Lab::studyOpened);
        f.lab->openStudy(dir);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY2(opened.at(0).at(1).toString().contains(QStringLiteral("2 of 4 jobs have no result yet")),
                 qPrintable(opened.at(0).at(1).toString()));
        auto *box = f.window.findChild<QMessageBox *>(QStringLiteral("openStudyProblem"));
        QVERIFY(box);
        box->close();

        // Every job run: the sweep view shows the study with the figures of a sweep run here.
        QVERIFY(runJob(2) && runJob(3));
        f.lab->openStudy(dir);
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toBool(), true);
        QCOMPARE(view->studyDir(), dir);
        const SweepResult expected =
            runSweep(planSweep(f.controller()->configAt(0), SweepSpec{{SweepAxis{"function.memory_mb", {512.0, 2048.0}}}, 2}));
        QCOMPARE(view->rows().size(), std::size_t(2));
        for (std::size_t p = 0; p < 2; ++p)
            QCOMPARE(view->rows()[p].mean, expected.rows[p].mean);
        QCOMPARE(view->paretoPlot()->pointsGraph()->data()->size(), 2);
        QCOMPARE(view->paretoPlot()->nowGraph()->data()->size(), 0);   // a study has no "now"
        // Its points belong to its own scenario: a click does not change the window's.
        const auto generation = f.controller()->generation();
        QSignalSpy message(view, &SweepView::message);
        view->applyPoint(1);
        QCOMPARE(message.count(), 1);
        QCOMPARE(f.controller()->generation(), generation);
    }
};

QTEST_MAIN(TestLab)
#include "tst_lab.moc"
