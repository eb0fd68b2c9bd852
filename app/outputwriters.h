// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "observer.h"
#include "summary.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QSaveFile;

/// The output files of contract §3 and the writers that stream them.
namespace lle {

inline constexpr std::string_view kInvocationsHeader =
    "id,kind,arrival_ms,start_ms,end_ms,env_id,start_type,cold_reason,init_ms,restore_ms,duration_ms,"
    "billed_ms,latency_ms,cost_usd";
inline constexpr std::string_view kEnvironmentsHeader = "env_id,kind,created_ms,ready_ms,end_ms,invocations,end_reason";
inline constexpr std::string_view kTimelineHeader = "env_id,phase,start_ms,end_ms,invocation_id";
inline constexpr std::string_view kMetricsHeader =
    "t_s,arrivals,completed,throttled,cold,warm,environments,busy,idle,initializing,p50_ms,p99_ms,cost_usd_cum";

// One CSV row each, with its final '\n'; the window's export can write the same rows.
void appendInvocationRow(std::string &out, const InvocationRecord &inv);
void appendEnvironmentRow(std::string &out, const EnvironmentRecord &env);
void appendTimelineRow(std::string &out, const PhaseSegment &segment);
void appendMetricsRow(std::string &out, const MetricsRow &row);
/// summary.json: the contract's key order, two-space indent, a final newline.
std::string summaryJsonText(const Summary &summary, bool includeWallTime);

/// One output file written under a temporary name through QSaveFile, with a write buffer.
class OutputFile {
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open();
    /// The buffer the next rows go into; call rowsAdded() after appending.
    std::string &buffer() { return m_buffer; }
    void rowsAdded()
    {
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    bool flush();
    /// Renames the temporary file into place.
    bool commit();
    /// Drops the temporary file (nothing is left behind); a committed file is removed.
    void discard();
    bool failed() const { return !m_error.isEmpty(); }
    /// "PATH: why".
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    static constexpr std::size_t kFlushBytes = 256 * 1024;
    bool fail(const QString &what);

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::string m_buffer;
    QString m_error;
    bool m_committed = false;
};

/// Writes the selected output files of one run into a folder. As an observer it streams
/// invocations.csv, environments.csv and timeline.csv while the run goes on; finish() adds
/// summary.json and metrics.csv and renames every file into place — all of them or, on any
/// failure, none.
class OutputWriters final : public SimulationObserver {
public:
    OutputWriters(const QString &dir, OutputSelection selection);
    ~OutputWriters() override;

    /// Opens every selected file and writes the CSV headers. False (errorString) when one of them
    /// cannot be created.
    bool open();
    /// Set to true when a write fails, so that the simulation can stop early
    /// (SimulationOptions::cancel); may be null.
    void setFailureFlag(std::atomic<bool> *flag) { m_failureFlag = flag; }

    void requestCompleted(const InvocationRecord &inv) override { addInvocation(inv); }
    void requestThrottled(const InvocationRecord &inv) override { addInvocation(inv); }
    void phaseSegment(const PhaseSegment &segment) override;
    void environmentEnded(const EnvironmentRecord &env) override;

    /// Writes summary.json and metrics.csv and commits every file.
    bool finish(const Summary &summary, const std::vector<MetricsRow> &metrics, bool includeWallTime);
    /// Leaves nothing behind (a cancelled or failed run).
    void discard();

    bool failed() const;
    /// The first failure: "FILE: why".
    QString errorString() const;
    /// The paths of the files written (after finish()), in contract order.
    QStringList filePaths() const;

    /// Invocations waiting for an earlier id to complete; peak over the run (tests, benchmarks).
    std::size_t reorderPeak() const { return m_reorderPeak; }

private:
    void addInvocation(const InvocationRecord &inv);
    void writeInvocation(const InvocationRecord &inv);
    std::vector<OutputFile *> files() const;
    void noteFailure(const OutputFile &file);

    QString m_dir;
    OutputSelection m_selection;
    std::unique_ptr<OutputFile> m_summary, m_invocations, m_environments, m_timeline, m_metrics;
    std::atomic<bool> *m_failureFlag = nullptr;
    QString m_error;

    // invocations.csv comes out in id order while completions come in time order: records wait
    // here, indexed by id - m_nextId, until every earlier id has been written.
    std::uint64_t m_nextId = 1;
    std::deque<std::optional<InvocationRecord>> m_reorder;
    std::size_t m_waiting = 0;
    std::size_t m_reorderPeak = 0;
};

}  // namespace lle
