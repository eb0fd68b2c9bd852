// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "tracereader.h"

#include <cmath>
#include <cstddef>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Calibration from real logs (contract §2 `--calibrate`, model reference §9): CloudWatch REPORT
/// lines and JSON `platform.report` records in, a scenario reproducing them and a table of
/// measured against model quantiles out. Errors are TraceError (tracereader.h) with line numbers.
namespace lle {

enum class ReportStatus : std::uint8_t { Success, Timeout, Error };

/// One invocation's report, from either log format.
struct ReportRecord {
    std::size_t line = 0;
    double durationMs = 0;
    double billedDurationMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    double initDurationMs = NAN;            ///< cold starts only
    double restoreDurationMs = NAN;         ///< SnapStart restores only
    double billedRestoreDurationMs = NAN;
    ReportStatus status = ReportStatus::Success;
    bool json = false;                      ///< from a platform.report record
};

/// What one log line is.
struct LogLine {
    enum class Kind : std::uint8_t { Other, Report, Malformed };
    Kind kind = Kind::Other;
    ReportRecord record;    ///< Report only (line not set)
    std::string problem;    ///< Malformed only
};

/// A text line holding `REPORT RequestId:` (anything may come before it: a timestamp, a stream
/// name) or a JSON object whose "type" is "platform.report" is a report and must be well formed;
/// every other line (START, END, INIT_REPORT, XRAY, the function's own output) is Other.
LogLine parseLogLine(std::string_view line);

/// Every report of a log, in file order. Throws TraceError: BadLine for a malformed report
/// (its line number), NoMatch when the log holds no report at all, Unreadable, Cancelled.
std::vector<ReportRecord> readReports(std::istream &in, const std::string &file, const TraceOptions &options = {});

/// What calibration needs of a log, kept compactly (8 bytes a report rather than a record): a
/// day of CloudWatch logs at 50 requests/s holds 4.3 million reports.
struct ReportSamples {
    std::map<int, std::vector<double>> durationsByMemory;   ///< Duration by Memory Size
    std::vector<double> initMs, restoreMs, billedRestoreMs;
    std::size_t reports = 0, timeouts = 0, errors = 0;
    void add(const ReportRecord &r);
};

/// readReports without keeping the records; the same errors.
ReportSamples readReportSamples(std::istream &in, const std::string &file, const TraceOptions &options = {});

/// One row of calibration.csv: `quantity,statistic,samples,measured_ms,model_ms`.
struct CalibrationRow {
    std::string quantity;    ///< duration (handler, at the fitted memory), init, restore
    std::string statistic;   ///< mean, p50, p90, p99
    std::size_t samples = 0;
    double measuredMs = 0;
    double modelMs = 0;
};

struct Calibration {
    /// The base scenario with memory, handler, init (and SnapStart restore, when the log has
    /// restores) set from the log.
    Scenario scenario;
    int memoryMb = 0;                                        ///< the most common Memory Size
    std::vector<std::pair<int, std::size_t>> memorySizes;    ///< memory → reports, ascending
    std::size_t reports = 0;
    std::size_t timeouts = 0, errors = 0;                    ///< reports with Status timeout / error
    /// True when several memory sizes let cpu_ms and io_ms be told apart (least squares on the
    /// mean per memory); false: all of the mean went to cpu_ms.
    bool ioIdentified = false;
    double measuredCv = 0;                                   ///< of the durations at memoryMb
    /// The measured samples, sorted, for histograms: durations at memoryMb, init and restore.
    std::vector<double> durationsMs, initMs, restoreMs;
    std::vector<CalibrationRow> table;
};

/// Fits `base` to the reports (see calibration.cpp for the choices). With no report, returns
/// `base` unchanged and an empty table.
Calibration calibrate(const ReportSamples &samples, const Scenario &base);
/// calibrate(samples, defaultScenario()).
Calibration calibrate(const ReportSamples &samples);
Calibration calibrate(const std::vector<ReportRecord> &reports, const Scenario &base);
Calibration calibrate(const std::vector<ReportRecord> &reports);

/// calibration.csv: header and one row per CalibrationRow; '.' decimals, ms with 3 decimals.
std::string calibrationCsv(const Calibration &c);

/// The q-quantile of sorted values, interpolating linearly between order statistics.
double sortedQuantile(const std::vector<double> &sorted, double q);

}  // namespace lle
