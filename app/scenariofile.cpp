// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"

#include "atomicfile.h"

#include "simulator.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <fstream>

namespace lle {

namespace {
// Scenario files are a few kilobytes; reading a multi-gigabyte file given by mistake (a trace, a
// log) into memory only to report a syntax error helps nobody. The JSON tree of a file takes some
// ten times its size, so the limit is also what a hostile file can make the reader take.
constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;

ScenarioFile unreadable(const QString &path, const QString &why)
{
    ScenarioFile f;
    f.status = ScenarioFile::Status::Unreadable;
    f.messages.append(QStringLiteral("%1: %2").arg(path, why));
    return f;
}
}  // namespace

QString formatProblem(const QString &file, const Problem &problem)
{
    return file + QStringLiteral(": ") + QString::fromStdString(problem.format());
}

ScenarioFile loadScenarioFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(path, QStringLiteral("no such file"));
    if (info.isDir())
        return unreadable(path, QStringLiteral("is a folder, not a scenario file"));
    if (info.size() > kMaxScenarioBytes)
        return unreadable(path, QStringLiteral("too large for a scenario file (%1 bytes, at most %2)")
                                    .arg(info.size())
                                    .arg(kMaxScenarioBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    // Devices and pipes have no size: /dev/zero would be read until memory runs out.
    const QByteArray bytes = file.read(kMaxScenarioBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > kMaxScenarioBytes)
        return unreadable(path, QStringLiteral("too large for a scenario file (more than %1 bytes)")
                                    .arg(kMaxScenarioBytes));

    // Trace paths in the scenario are relative to its folder; the core opens them with the
    // file system's own encoding.
    const std::string baseDir = QFile::encodeName(info.absolutePath()).toStdString();
    ScenarioResult parsed = parseScenario(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                          baseDir);
    ScenarioFile f;
    if (parsed.problems.empty() && parsed.scenario) {
        f.status = ScenarioFile::Status::Ok;
        f.scenario = std::move(parsed.scenario);
        f.scenario->baseDir = baseDir;
        return f;
    }
    f.status = ScenarioFile::Status::Invalid;
    for (const auto &p : parsed.problems)
        f.messages.append(formatProblem(path, p));
    if (f.messages.isEmpty())
        f.messages.append(QStringLiteral("%1: not a valid scenario").arg(path));
    return f;
}

bool saveScenarioFile(const QString &path, const Scenario &scenario, QString *error)
{
    return writeFileAtomically(path, writeScenario(scenario), error);
}

StreamOpener fileStreamOpener()
{
    return [](const std::string &path) -> std::unique_ptr<std::istream> {
        // A folder opens as a stream here and fails only at its first read ("PATH:1: read
        // error"); say what is wrong before that.
        std::error_code ec;
        if (std::filesystem::is_directory(std::filesystem::path(path), ec))
            throw TraceError(TraceErrorKind::Unreadable, path, 0, "is a folder, not a trace file");
        auto in = std::make_unique<std::ifstream>(path, std::ios::in | std::ios::binary);
        if (!in->is_open())
            return nullptr;
        return in;
    };
}

ArrivalsFactory traceArrivals(const Scenario &scenario, const std::atomic<bool> *cancel)
{
    for (const ConfigPeriod &period : configurationPeriods(scenario)) {
        if (period.scenario.workload.pattern != WorkloadPattern::Trace)
            continue;
        TraceOptions options;
        options.cancel = cancel;
        // The factory also serves the periods that use another pattern or another trace.
        return makeTraceArrivals(period.scenario.workload.trace, scenario.baseDir, fileStreamOpener(), options);
    }
    return {};
}

}  // namespace lle
