// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a trace: progress in the status bar, a bad line named, Cancel stopping any computation.
#include "labtesting.h"
#include "traceprogress.h"

#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;
using namespace lle::testing;

class TestTraceProgress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void traceRunReportsProgressAndItsArrivals()
    {
        QTemporaryDir dir;
        QByteArray csv = "timestamp_s\n";
        for (int i = 0; i < 250; ++i)
            csv += QByteArray::number(i * 0.2, 'f', 1) + "\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("day.csv")), csv));
        Scenario s = smallScenario();
        s.workload.pattern = WorkloadPattern::Trace;
        s.workload.trace.format = TraceFormat::Timestamps;
        s.workload.trace.path = "day.csv";
        s.baseDir = dir.path().toStdString();

        LabWindow f;
        QSignalSpy progress(f.controller(), &SimulationController::traceProgress);
        f.controller()->setScenario(s);
        QTRY_VERIFY(upToDate(*f.controller()));
        QCOMPARE(f.controller()->run()->summary.requests.total, std::uint64_t(250));
        QVERIFY(progress.count() >= 1);
        const auto last = progress.last();
        QCOMPARE(last.at(0).toULongLong(), quint64(csv.size()));
        QCOMPARE(last.at(1).toULongLong(), quint64(csv.size()));
        // The status bar's progress saw the whole file and hid when the run was done.
        QCOMPARE(f.lab->traceProgress()->bar()->value(), 1000);
        QVERIFY(f.lab->traceProgress()->isHidden());

        // A bad line: the window hears of it with the line number.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.csv")), "timestamp_s\n1\n2\nthree\n"));
        s.workload.trace.path = "bad.csv";
        QSignalSpy failed(f.controller(), &SimulationController::runFailed);
        f.controller()->setScenario(s);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("bad.csv:4:")), qPrintable(failed.at(0).at(0).toString()));
        QTRY_VERIFY(!f.controller()->isComputing());
    }

    void aLongComputationCanBeCancelled()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        const std::uint64_t before = f.controller()->run()->generation;
        Scenario s = smallScenario();
        s.durationS = 30 * 86400;   // a month at 50 requests/s: far longer than the test
        s.workload.ratePerS = 50;
        f.controller()->setScenario(s);
        QVERIFY(f.controller()->isComputing());
        // The status bar's Cancel (shown while a trace is read) stops any computation.
        QTest::mouseClick(f.lab->traceProgress()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!f.controller()->isComputing());
        // No run of the cancelled request was published as complete; the one shown stays.
        QVERIFY(f.controller()->run());
        QVERIFY(f.controller()->run()->generation == before || !f.controller()->run()->finished);
    }
};

QTEST_MAIN(TestTraceProgress)
#include "tst_traceprogress.moc"
