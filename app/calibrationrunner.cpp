// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationrunner.h"

#include "atomicfile.h"
#include "calibration.h"
#include "filebundle.h"
#include "headlessrunner.h"
#include "runtofolder.h"
#include "scenarioio.h"
#include "stopsignals.h"

#include <QDir>
#include <QFileInfo>

#include <fstream>

namespace lle {

namespace {

/// Which runtime's init the fit subtracted: the window's dialog says the same for the same runtime.
QString initLine(const Calibration &result)
{
    const FunctionSpec &f = result.scenario.function;
    return QStringLiteral("function init %1 ms: Init Duration minus %2's runtime init %3 ms%4 "
                          "(another runtime: --set function.runtime=ID)")
        .arg(f.initMs.function, 0, 'f', 1)
        .arg(QString::fromStdString(f.runtime))
        .arg(f.initMs.runtime, 0, 'f', 1)
        .arg(f.initMs.extension > 0 ? QStringLiteral(" and extension init %1 ms").arg(f.initMs.extension, 0, 'f', 1) : QString());
}

}  // namespace

int runCalibration(const CommandLine &c)
{
    Scenario base = defaultScenario();
    for (const QString &set : c.sets) {
        const auto eq = set.indexOf(QLatin1Char('='));
        const std::string path = set.left(eq).toStdString();
        for (const Problem &p : setScenarioValue(base, path, parseScalarValue(set.mid(eq + 1).toStdString()))) {
            printErrorLine(QStringLiteral("--set %1: %2").arg(set, QString::fromStdString(p.format())));
            return ExitBadInput;
        }
    }

    const QString log = c.calibrateLog;
    const QFileInfo info(log);
    std::ifstream in(QFile::encodeName(log).toStdString(), std::ios::binary);
    if (!info.isFile() || !in) {
        printErrorLine(QStringLiteral("%1: cannot be read%2")
                           .arg(QDir::toNativeSeparators(log),
                                info.isDir() ? QStringLiteral(" (it is a folder)") : QString()));
        return ExitIoError;
    }

    StopSignals stopSignals;
    try {
        TraceOptions options;
        options.cancel = &StopSignals::stopFlag();
        const ReportSamples samples = readReportSamples(in, QDir::toNativeSeparators(log).toStdString(), options);
        Calibration result = calibrate(samples, base);
        result.scenario.name = "Calibrated from " + info.fileName().toStdString();

        const OutputFolder folder(c.outDir);
        if (!folder.ok()) {
            printErrorLine(folder.errorString());
            return ExitIoError;
        }
        const QDir out(c.outDir);
        // Both files or neither, like every other output folder.
        FileBundle bundle(c.outDir);
        const std::string scenarioText = writeScenario(result.scenario);
        const std::string csv = calibrationCsv(result);
        if (!bundle.write(QStringLiteral("scenario.json"), QByteArray(scenarioText.data(), static_cast<qsizetype>(scenarioText.size())))
            || !bundle.write(QStringLiteral("calibration.csv"), QByteArray(csv.data(), static_cast<qsizetype>(csv.size())))
            || !bundle.commit()) {
            printErrorLine(bundle.errorString());
            bundle.discard();
            folder.removeIfMade();
            return ExitIoError;
        }
        const auto &h = result.scenario.function.handler;
        printOut(QStringLiteral("%1: %2 reports at %3 MB (%4 timeouts, %5 errors)\n"
                                "  handler      %6, mean %7 ms, cv %8\n"
                                "  %11\n"
                                "  wrote        %9, %10\n")
                     .arg(QDir::toNativeSeparators(log))
                     .arg(result.reports)
                     .arg(result.memoryMb)
                     .arg(result.timeouts)
                     .arg(result.errors)
                     .arg(QString::fromUtf8(h.distribution == Distribution::Fixed         ? "fixed"
                                            : h.distribution == Distribution::Exponential ? "exponential"
                                                                                          : "lognormal"))
                     .arg(h.cpuMs + h.ioMs, 0, 'g', 6)
                     .arg(result.measuredCv, 0, 'g', 3)
                     .arg(QDir::toNativeSeparators(out.filePath(QStringLiteral("scenario.json"))),
                          QDir::toNativeSeparators(out.filePath(QStringLiteral("calibration.csv"))))
                     .arg(initLine(result)));
        return ExitOk;
    } catch (const std::exception &e) {
        return reportRunError(e);
    }
}

}  // namespace lle
