// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace lle {

/// Which files a headless run writes (`--outputs`).
struct OutputSelection {
    bool summary = true;
    bool invocations = true;
    bool environments = true;
    bool timeline = true;
    bool metrics = true;
    /// Files written as the run goes, one row per request, environment or phase: only these need
    /// an observer on the simulation.
    bool perRequest() const { return invocations || environments || timeline; }
    bool operator==(const OutputSelection &) const = default;
};

/// The command line of contract §2, parsed but not yet acted on.
struct CommandLine {
    enum class Mode { Window, Headless, PrintDefaultScenario, Calibrate, RunJob, Merge, Version, Help };

    Mode mode = Mode::Window;
    QString scenarioPath;                  ///< empty: the built-in scenario (window only)
    QString outDir;
    std::optional<std::uint64_t> seed;
    std::optional<double> durationS;
    QStringList sets;                      ///< "PATH=VALUE", in command-line order
    OutputSelection outputs;
    double bucketS = 0;                    ///< 0: the contract's default width
    bool png = false;
    bool wallTime = false;                 ///< write the real simulation.wall_ms
    QString reportDir;
    QStringList sweeps;                    ///< "PATH=V1,V2,…", in command-line order
    int replications = 1;
    QString calibrateLog;
    QString planDir;                       ///< --plan: write the study into DIR instead of running it
    QString planBy = QStringLiteral("point");   ///< --plan-by point|function
    int functionsPerJob = 100;             ///< --functions-per-job K
    QString studyDir;                      ///< --run-job DIR INDEX, --merge DIR
    qint64 jobIndex = -1;                  ///< --run-job's INDEX
    QString lang;                          ///< "ko", "en" or empty (the system's)
    // A clip of the run instead of output files (--video OUT.mp4|webm|gif).
    QString videoPath;
    QString videoView = QStringLiteral("dashboard");
    std::optional<double> videoFromS, videoToS;   ///< default: the whole run
    double videoSpeed = 1;
    int videoFps = 30;
    QSize videoSize{1920, 1080};
};

struct CommandLineResult {
    CommandLine commandLine;
    /// Empty when the arguments are fine; otherwise one line without the program-name prefix.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Parses the arguments after the program name. Options and the scenario path may come in any
/// order; values follow as the next argument or after '='; `--` ends the options. `--help` and
/// `--version` act where they stand, as getopt-style tools do: an error before them still wins.
CommandLineResult parseCommandLine(const QStringList &arguments);

/// The whole `--help` text (synopsis, one line per option, exit statuses), ending in a newline.
QString helpText();
/// `lambda-explorer VERSION (model reference DATE)`, without a newline.
QString versionText();

}  // namespace lle
