// SPDX-License-Identifier: GPL-3.0-or-later
// File → Calibrate from logs…: the histograms, the fitted scenario, a bad line named.
#include "calibration.h"
#include "calibrationdialog.h"
#include "calibrationplot.h"
#include "labtesting.h"
#include "scenarioio.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace lle;
using namespace lle::testing;

class TestCalibrationDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void calibrationDialogShowsBothHistograms()
    {
        QTemporaryDir dir;
        QByteArray log;
        // 400 reports at 512 MB: durations 80–120 ms, every tenth a cold start with 300 ms of init.
        for (int i = 0; i < 400; ++i) {
            const double d = 80 + (i * 37 % 41);
            log += "2026-01-01T10:00:00.000Z START RequestId: r" + QByteArray::number(i) + "\n";
            log += "REPORT RequestId: r" + QByteArray::number(i) + "\tDuration: " + QByteArray::number(d, 'f', 2)
                 + " ms\tBilled Duration: " + QByteArray::number(int(std::ceil(d))) + " ms\tMemory Size: 512 MB\t"
                 + "Max Memory Used: 70 MB";
            if (i % 10 == 0)
                log += "\tInit Duration: 300.00 ms";
            log += "\t\n";
        }
        const QString path = dir.filePath(QStringLiteral("cloudwatch.log"));
        QVERIFY(writeFile(path, log));

        CalibrationDialog dialog(path, defaultScenario());
        QSignalSpy done(&dialog, &CalibrationDialog::calibrated);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->memoryMb, 512);
        QCOMPARE(dialog.result()->reports, std::size_t(400));
        QCOMPARE(dialog.result()->scenario.function.memoryMb, 512);
        // Both histograms drawn over the same bins, each summing to 100 %.
        const auto *measured = dialog.plot()->measuredBars()->data().data();
        const auto *model = dialog.plot()->modelGraph()->data().data();
        QVERIFY(measured->size() > 5);
        QCOMPARE(measured->size(), model->size());
        double sumMeasured = 0, sumModel = 0;
        for (auto it = measured->constBegin(); it != measured->constEnd(); ++it)
            sumMeasured += it->value;
        for (auto it = model->constBegin(); it != model->constEnd(); ++it)
            sumModel += it->value;
        QVERIFY(std::abs(sumMeasured - 100) < 1e-6);
        QVERIFY(std::abs(sumModel - 100) < 0.5);   // a few model draws may fall outside the log's range
        // The fitted scenario can be saved and read back.
        const QString out = dir.filePath(QStringLiteral("fitted.json"));
        QString error;
        QVERIFY2(dialog.saveScenario(out, &error), qPrintable(error));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        auto parsed = parseScenario(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(parsed.scenario);
        QCOMPARE(parsed.scenario->function.memoryMb, 512);

        // The runtime whose init is subtracted is shown and can be picked; for one runtime the
        // dialog fits what the command line fits (calibrate() on the scenario with that runtime).
        QComboBox *runtime = dialog.runtimeCombo();
        QVERIFY(runtime && runtime->isEnabled());
        QCOMPARE(runtime->currentText(), QString::fromStdString(defaultScenario().function.runtime));
        auto commandLine = [&](const std::string &id) {
            std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
            Scenario base = defaultScenario();
            setScenarioValue(base, "function.runtime", id);
            return calibrate(readReportSamples(in, path.toStdString()), base);
        };
        QCOMPARE(dialog.result()->scenario.function.initMs.function,
                 commandLine(defaultScenario().function.runtime).scenario.function.initMs.function);
        const double before = dialog.result()->scenario.function.initMs.function;
        runtime->setCurrentText(QStringLiteral("java21"));
        QCOMPARE(done.count(), 2);
        QCOMPARE(dialog.result()->scenario.function.runtime, std::string("java21"));
        QCOMPARE(dialog.result()->scenario.function.initMs.function, commandLine("java21").scenario.function.initMs.function);
        QVERIFY(dialog.result()->scenario.function.initMs.function != before);
        auto *fitted = dialog.findChild<QLabel *>(QStringLiteral("calibrationFitted"));
        QVERIFY(fitted);
        QVERIFY2(fitted->text().contains(QLatin1String("java21's runtime init")), qPrintable(fitted->text()));
        QVERIFY2(fitted->text().contains(QLatin1String("at 1 vCPU")), qPrintable(fitted->text()));
    }

    void calibrationReportsABadLineByNumber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.log"));
        QVERIFY(writeFile(path, "START RequestId: a\nREPORT RequestId: a\tDuration: 10.00 ms\tBilled Duration: 10 ms\t"
                                "Memory Size: 256 MB\tMax Memory Used: 50 MB\t\nREPORT RequestId: b\tDuration: soon\n"));
        CalibrationDialog dialog(path, defaultScenario());
        QSignalSpy done(&dialog, &CalibrationDialog::calibrated);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.problem().contains(QStringLiteral("bad.log:3:")), qPrintable(dialog.problem()));
    }
};

QTEST_MAIN(TestCalibrationDialog)
#include "tst_calibrationdialog.moc"
