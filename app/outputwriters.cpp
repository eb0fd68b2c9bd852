// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputwriters.h"

#include "csvformat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace lle {

// --- rows ------------------------------------------------------------------------------------

namespace {
// Time averages of environment counts: finer than a millisecond's worth of a one-second bucket.
constexpr int kLevelDecimals = 6;
// Bucket starts in seconds: --bucket-s may be a fraction of a millisecond.
constexpr int kSecondsDecimals = 6;

void appendId(std::string &out, std::uint64_t id)
{
    // 0 means "none" (ids start at 1): a throttled request has no environment, only invoke
    // segments belong to an invocation.
    if (id != 0)
        csv::appendUInt(out, id);
}
}  // namespace

void appendInvocationRow(std::string &out, const InvocationRecord &inv)
{
    csv::appendUInt(out, inv.id);
    out += ',';
    out += id(inv.kind);
    out += ',';
    csv::appendMs(out, inv.arrivalMs);
    out += ',';
    csv::appendMs(out, inv.startMs);
    out += ',';
    csv::appendMs(out, inv.endMs);
    out += ',';
    appendId(out, inv.envId);
    out += ',';
    out += id(inv.startType);
    out += ',';
    out += id(inv.coldReason);
    out += ',';
    csv::appendMs(out, inv.initMs);
    out += ',';
    csv::appendMs(out, inv.restoreMs);
    out += ',';
    csv::appendMs(out, inv.durationMs);
    out += ',';
    csv::appendMs(out, inv.billedMs);
    out += ',';
    csv::appendMs(out, inv.latencyMs);
    out += ',';
    csv::appendMoney(out, inv.costUsd);
    out += '\n';
}

void appendEnvironmentRow(std::string &out, const EnvironmentRecord &env)
{
    csv::appendUInt(out, env.id);
    out += ',';
    out += id(env.kind);
    out += ',';
    csv::appendMs(out, env.createdMs);
    out += ',';
    csv::appendMs(out, env.readyMs);
    out += ',';
    csv::appendMs(out, env.endMs);
    out += ',';
    csv::appendUInt(out, env.invocations);
    out += ',';
    out += id(env.endReason);
    out += '\n';
}

void appendTimelineRow(std::string &out, const PhaseSegment &segment)
{
    csv::appendUInt(out, segment.envId);
    out += ',';
    out += id(segment.phase);
    out += ',';
    csv::appendMs(out, segment.startMs);
    out += ',';
    csv::appendMs(out, segment.endMs);
    out += ',';
    appendId(out, segment.invocationId);
    out += '\n';
}

void appendMetricsRow(std::string &out, const MetricsRow &row)
{
    csv::appendDecimal(out, row.tS, kSecondsDecimals);
    for (const std::uint64_t n : {row.arrivals, row.completed, row.throttled, row.cold, row.warm}) {
        out += ',';
        csv::appendUInt(out, n);
    }
    for (const double level : {row.environments, row.busy, row.idle, row.initializing}) {
        out += ',';
        csv::appendDecimal(out, level, kLevelDecimals);
    }
    out += ',';
    csv::appendMs(out, row.p50Ms);
    out += ',';
    csv::appendMs(out, row.p99Ms);
    out += ',';
    csv::appendMoney(out, row.costUsdCum);
    out += '\n';
}

std::string summaryJsonText(const Summary &summary, bool includeWallTime)
{
    return summaryToJson(summary, includeWallTime)
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        + "\n";
}

// --- OutputFile ------------------------------------------------------------------------------

OutputFile::OutputFile(const QString &path) : m_path(path), m_file(std::make_unique<QSaveFile>(path)) {}

OutputFile::~OutputFile()
{
    if (!m_committed)
        m_file->cancelWriting();
}

bool OutputFile::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), what);
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    return false;
}

bool OutputFile::open()
{
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot be created (%1)").arg(m_file->errorString()));
    m_buffer.reserve(kFlushBytes + 4096);
    return true;
}

bool OutputFile::flush()
{
    if (failed())
        return false;
    if (m_buffer.empty())
        return true;
    const auto size = static_cast<qint64>(m_buffer.size());
    if (m_file->write(m_buffer.data(), size) != size)
        return fail(QStringLiteral("cannot be written (%1)").arg(m_file->errorString()));
    m_buffer.clear();
    return true;
}

bool OutputFile::commit()
{
    if (!flush())
        return false;
    if (!m_file->commit())
        return fail(QStringLiteral("cannot be written (%1)").arg(m_file->errorString()));
    m_committed = true;
    return true;
}

void OutputFile::discard()
{
    if (m_committed) {
        QFile::remove(m_path);
        m_committed = false;
    } else {
        m_file->cancelWriting();
        // QSaveFile removes its temporary file only when it is closed.
        if (m_file->isOpen())
            m_file->commit();
    }
    m_buffer.clear();
}

// --- OutputWriters ---------------------------------------------------------------------------

OutputWriters::OutputWriters(const QString &dir, OutputSelection selection) : m_dir(dir), m_selection(selection)
{
    const QDir d(dir);
    auto make = [&](bool wanted, const char *name) {
        return wanted ? std::make_unique<OutputFile>(d.filePath(QLatin1String(name))) : nullptr;
    };
    m_summary = make(selection.summary, "summary.json");
    m_invocations = make(selection.invocations, "invocations.csv");
    m_environments = make(selection.environments, "environments.csv");
    m_timeline = make(selection.timeline, "timeline.csv");
    m_metrics = make(selection.metrics, "metrics.csv");
}

OutputWriters::~OutputWriters() = default;

std::vector<OutputFile *> OutputWriters::files() const
{
    std::vector<OutputFile *> out;
    for (const auto *f : {&m_summary, &m_invocations, &m_environments, &m_timeline, &m_metrics})
        if (*f)
            out.push_back(f->get());
    return out;
}

void OutputWriters::noteFailure(const OutputFile &file)
{
    if (m_error.isEmpty())
        m_error = file.errorString();
    if (m_failureFlag)
        m_failureFlag->store(true, std::memory_order_relaxed);
}

bool OutputWriters::open()
{
    for (OutputFile *f : files()) {
        if (!f->open()) {
            noteFailure(*f);
            discard();
            return false;
        }
    }
    auto header = [](OutputFile *f, std::string_view text) {
        if (f) {
            f->buffer().append(text);
            f->buffer() += '\n';
        }
    };
    header(m_invocations.get(), kInvocationsHeader);
    header(m_environments.get(), kEnvironmentsHeader);
    header(m_timeline.get(), kTimelineHeader);
    header(m_metrics.get(), kMetricsHeader);
    return true;
}

bool OutputWriters::failed() const { return !m_error.isEmpty(); }

QString OutputWriters::errorString() const { return m_error; }

QStringList OutputWriters::filePaths() const
{
    QStringList paths;
    for (const OutputFile *f : files())
        paths.append(f->path());
    return paths;
}

void OutputWriters::writeInvocation(const InvocationRecord &inv)
{
    if (m_invocations->failed())
        return;
    appendInvocationRow(m_invocations->buffer(), inv);
    m_invocations->rowsAdded();
    if (m_invocations->failed())
        noteFailure(*m_invocations);
}

void OutputWriters::addInvocation(const InvocationRecord &inv)
{
    if (!m_invocations)
        return;
    if (inv.id == m_nextId && m_reorder.empty()) {
        writeInvocation(inv);
        ++m_nextId;
        return;
    }
    if (inv.id < m_nextId)
        return;   // reported twice: the first report stands
    const auto index = static_cast<std::size_t>(inv.id - m_nextId);
    if (index >= m_reorder.size())
        m_reorder.resize(index + 1);
    if (!m_reorder[index]) {
        m_reorder[index] = inv;
        ++m_waiting;
        m_reorderPeak = std::max(m_reorderPeak, m_waiting);
    }
    while (!m_reorder.empty() && m_reorder.front()) {
        writeInvocation(*m_reorder.front());
        m_reorder.pop_front();
        --m_waiting;
        ++m_nextId;
    }
}

void OutputWriters::phaseSegment(const PhaseSegment &segment)
{
    if (!m_timeline || m_timeline->failed())
        return;
    appendTimelineRow(m_timeline->buffer(), segment);
    m_timeline->rowsAdded();
    if (m_timeline->failed())
        noteFailure(*m_timeline);
}

void OutputWriters::environmentEnded(const EnvironmentRecord &env)
{
    if (!m_environments || m_environments->failed())
        return;
    appendEnvironmentRow(m_environments->buffer(), env);
    m_environments->rowsAdded();
    if (m_environments->failed())
        noteFailure(*m_environments);
}

bool OutputWriters::finish(const Summary &summary, const std::vector<MetricsRow> &metrics, bool includeWallTime)
{
    if (failed()) {
        discard();
        return false;
    }
    // Every id completes or is throttled before a run finishes, so nothing should wait here; if a
    // report went missing, the rows that did arrive are still written in order.
    for (auto &waiting : m_reorder)
        if (waiting)
            writeInvocation(*waiting);
    m_reorder.clear();
    m_waiting = 0;

    if (m_metrics) {
        for (const MetricsRow &row : metrics) {
            if (m_metrics->failed())
                break;
            appendMetricsRow(m_metrics->buffer(), row);
            m_metrics->rowsAdded();
        }
    }
    if (m_summary)
        m_summary->buffer() = summaryJsonText(summary, includeWallTime);

    // Write everything out before renaming anything, so that a full disk is found while nothing
    // has been renamed yet.
    for (OutputFile *f : files()) {
        if (!f->flush()) {
            noteFailure(*f);
            discard();
            return false;
        }
    }
    for (OutputFile *f : files()) {
        if (!f->commit()) {
            noteFailure(*f);
            discard();
            return false;
        }
    }
    return true;
}

void OutputWriters::discard()
{
    for (OutputFile *f : files())
        f->discard();
}

}  // namespace lle
