// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arrivals.h"
#include "scenario.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// Trace replay (contract §1, `workload.pattern` `trace`; model reference §9): arrival processes
/// that stream a trace file through a std::istream, one line at a time, so that a day of Azure
/// invocations or weeks of timestamps never sit in memory. The core opens no file: the caller
/// hands in a StreamOpener (files in the application, strings in tests).
namespace lle {

/// What went wrong with a trace or log file.
enum class TraceErrorKind : std::uint8_t {
    BadLine,      ///< a line does not have the format (line() says which)
    NoMatch,      ///< no row matches the selection (function, rank, app/func), or no record at all
    Unreadable,   ///< the opener gave no stream or the stream failed while reading
    Cancelled,    ///< the cancel flag was raised during a pass made before the run
};

/// A problem with one file: `file` as given to the opener, `line` 1-based (the header is line 1;
/// 0 when the problem is not one line's), `detail` what is wrong. what() is "FILE:LINE: DETAIL".
class TraceError : public std::runtime_error {
public:
    TraceError(TraceErrorKind kind, std::string file, std::size_t line, std::string detail);
    TraceErrorKind kind() const { return m_kind; }
    const std::string &file() const { return m_file; }
    std::size_t line() const { return m_line; }
    const std::string &detail() const { return m_detail; }

private:
    TraceErrorKind m_kind;
    std::string m_file;
    std::size_t m_line;
    std::string m_detail;
};

/// Opens a file by the path it is given; nullptr (or a stream in a failed state) when it cannot.
/// May be called from several threads at once when a sweep runs a trace scenario in parallel.
using StreamOpener = std::function<std::unique_ptr<std::istream>(const std::string &path)>;

/// The factory SimulationOptions::arrivals takes.
using ArrivalsFactory =
    std::function<std::unique_ptr<ArrivalProcess>(const WorkloadSpec &, double startMs, double endMs)>;

struct TraceOptions {
    /// Bytes read so far in the current pass over a file (the caller knows the file's size).
    /// Called every 256 KiB or so and at the end of a pass, from the thread that reads.
    std::function<void(std::uint64_t bytesRead)> progress;
    /// Polled every line: a pass made before the run throws TraceError(Cancelled); an arrival
    /// process ends its arrivals (the simulator polls the same flag and stops).
    const std::atomic<bool> *cancel = nullptr;
    /// azure2021: how far (in seconds of end_timestamp) a row's arrival may precede rows read
    /// before it. See Azure2021Process in tracereader.cpp.
    double reorderWindowS = 3600;
};

/// Reads a text file line by line for the trace and log readers: strips a CR before the LF,
/// counts lines and bytes, reports progress and polls the cancel flag.
class TraceLineReader {
public:
    TraceLineReader(std::istream &in, std::string file, const TraceOptions &options);
    /// The next line into line(); false at the end. Throws TraceError(Unreadable) on a read error.
    bool next();
    std::string_view line() const { return m_line; }
    /// 1-based number of the line last read.
    std::size_t lineNumber() const { return m_lineNumber; }
    std::uint64_t bytesRead() const { return m_bytes; }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    const std::string &file() const { return m_file; }
    /// Throws TraceError(BadLine) for the line last read.
    [[noreturn]] void fail(std::string detail) const;

private:
    std::istream &m_in;
    std::string m_file;
    std::function<void(std::uint64_t)> m_progress;
    const std::atomic<bool> *m_cancel;
    std::string m_line;
    std::size_t m_lineNumber = 0;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_reportedAt = 0;
    bool m_atEnd = false;
};

/// Splits one CSV record (RFC 4180 without line breaks inside quotes) into fields, outer quotes
/// removed and surrounding blanks trimmed. The views point into `line`.
void splitCsvLine(std::string_view line, std::vector<std::string_view> &fields);

/// `path` relative to `baseDir` (the scenario file's folder) unless absolute or baseDir is empty.
std::string resolveTracePath(const std::string &baseDir, const std::string &path);

// --- the formats, each usable on its own -----------------------------------------------------

/// `timestamps`: CSV with header `timestamp_s` and optional `duration_ms` and `tenant` (any order, no
/// other column); seconds from the start, non-decreasing. duration_ms sets that request's handler
/// time; tenant (any text) its tenant under tenant isolation, numbered by first appearance.
/// Errors surface from next() as TraceError.
std::unique_ptr<ArrivalProcess> makeTimestampsProcess(std::unique_ptr<std::istream> in, std::string file,
                                                      double startMs, double endMs,
                                                      const TraceOptions &options = {});

/// One function's row of the Azure 2019 invocation file, and optionally its duration percentiles.
struct Azure2019Function {
    std::string owner, app, function, trigger;
    std::size_t line = 0;                         ///< where the row is in the file
    std::vector<std::uint32_t> perMinute;         ///< 1,440 counts
    std::uint64_t total = 0;
    bool hasDurations = false;
    /// percentile_Average_0, 1, 25, 50, 75, 99, 100 in ms (non-decreasing).
    std::array<double, 7> durationPercentilesMs{};
};

/// The 1-based `rank` row by total invocations (ties: the earlier row ranks higher), read in two
/// streaming passes: the first keeps only the `rank` largest totals, the second fetches the row.
Azure2019Function findAzure2019ByRank(const StreamOpener &open, const std::string &file, int rank,
                                      const TraceOptions &options = {});
/// The first row whose HashFunction is `hash`, in one streaming pass that stops there.
Azure2019Function findAzure2019ByHash(const StreamOpener &open, const std::string &file,
                                      const std::string &hash, const TraceOptions &options = {});
/// Fills the percentiles of `f` from the percentile file (the row with f's HashFunction and, when
/// known, the same HashOwner and HashApp).
void readAzure2019Durations(std::istream &in, const std::string &file, Azure2019Function &f,
                            const TraceOptions &options = {});
/// A handler time from the piecewise-linear distribution through the percentiles, for u in (0, 1).
double azure2019DurationMs(const std::array<double, 7> &percentilesMs, double u);

/// Each minute's count placed `uniform` (evenly, at (k + ½) · 60 s / count within the minute) or
/// `poisson` (uniform random positions in ascending order, drawn from the arrival Rng).
std::unique_ptr<ArrivalProcess> makeAzure2019Process(std::shared_ptr<const Azure2019Function> f,
                                                     TraceSpread spread, double startMs, double endMs,
                                                     const TraceOptions &options = {});

/// `azure2021`: header `app,func,end_timestamp,duration` (any order); seconds; rows whose app and
/// func match (an empty filter matches every row). Arrival = end − duration, handler = duration.
std::unique_ptr<ArrivalProcess> makeAzure2021Process(std::unique_ptr<std::istream> in, std::string file,
                                                     std::string app, std::string func, double startMs,
                                                     double endMs, const TraceOptions &options = {});

// --- the scenario's trace -------------------------------------------------------------------

/// The arrivals factory for a `trace` workload, to put in SimulationOptions::arrivals. Work that
/// needs whole passes (azure2019: finding the row, reading the percentile file) is done here, once,
/// and checks that every file opens; the factory then streams the trace anew for every process it
/// makes. Throws TraceError. A workload that is not `trace` (a change switched it) gets the
/// patterns of arrivals.h; a trace other than `trace` gets its own factory.
ArrivalsFactory makeTraceArrivals(const TraceSpec &trace, const std::string &baseDir, StreamOpener open,
                                  TraceOptions options = {});

}  // namespace lle
