// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracereader.h"

#include "blanks.h"
#include "rng.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <istream>
#include <queue>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace lle {

namespace {

constexpr std::uint64_t kProgressEveryBytes = 256 * 1024;
// The longest line of any format is an Azure 2019 row (1,444 fields, some 10 KB); a JSON log
// record is a few KB. A longer line means a file that is no trace or log at all.
constexpr std::size_t kMaxLineBytes = 16 * 1024 * 1024;
constexpr int kAzureMinutes = 1440;
constexpr int kAzure2019Fixed = 4;   // HashOwner, HashApp, HashFunction, Trigger
constexpr double kMinuteMs = 60000.0;

std::string errorText(const std::string &file, std::size_t line, const std::string &detail)
{
    if (line == 0)
        return file + ": " + detail;
    return file + ":" + std::to_string(line) + ": " + detail;
}

std::string_view trim(std::string_view s) { return trimBlanks(s); }

// The text of a field as it would appear in a message, shortened: a line of 1,444 fields must
// not become a message of 10 KB.
std::string quoted(std::string_view s)
{
    constexpr std::size_t kMax = 40;
    std::string out = "\"";
    out.append(s.substr(0, kMax));
    if (s.size() > kMax)
        out.append("…");
    out.push_back('"');
    return out;
}

std::string numberText(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// A finite decimal number and nothing else (std::from_chars: no locale, no leading '+').
bool parseNumber(std::string_view s, double &out)
{
    if (s.empty())
        return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

bool parseCount(std::string_view s, std::uint32_t &out)
{
    if (s.empty())
        return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::unique_ptr<std::istream> openOrThrow(const StreamOpener &open, const std::string &file)
{
    std::unique_ptr<std::istream> in = open ? open(file) : nullptr;
    if (!in || in->fail())
        throw TraceError(TraceErrorKind::Unreadable, file, 0, "cannot be opened");
    return in;
}

// Reads the header: false if the file is empty (or holds only blank lines).
bool readHeader(TraceLineReader &reader, std::vector<std::string_view> &fields)
{
    while (reader.next()) {
        if (trim(reader.line()).empty())
            continue;
        splitCsvLine(reader.line(), fields);
        return true;
    }
    return false;
}

// --- timestamps ---------------------------------------------------------------------------------

class TimestampsProcess final : public ArrivalProcess {
public:
    TimestampsProcess(std::unique_ptr<std::istream> in, std::string file, double startMs, double endMs,
                      const TraceOptions &options)
        : m_in(std::move(in)), m_reader(*m_in, std::move(file), options), m_start(startMs), m_end(endMs)
    {
        if (!readHeader(m_reader, m_fields))
            throw TraceError(TraceErrorKind::BadLine, m_reader.file(), 1,
                             "the file is empty; expected the header timestamp_s[,duration_ms]");
        m_columns = m_fields.size();
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            const auto name = m_fields[i];
            std::size_t *slot = name == "timestamp_s" ? &m_timeColumn
                              : name == "duration_ms" ? &m_durationColumn
                              : name == "tenant"      ? &m_tenantColumn
                                                      : nullptr;
            if (!slot)
                m_reader.fail("unknown column " + quoted(name) + " (allowed: timestamp_s, duration_ms, tenant)");
            if (*slot != kNone)
                m_reader.fail("column " + quoted(name) + " appears twice");
            *slot = i;
        }
        if (m_timeColumn == kNone)
            m_reader.fail("the header has no timestamp_s column");
    }

    double next(Rng &) override
    {
        while (!m_done && m_reader.next()) {
            if (m_reader.cancelled())
                break;
            if (trim(m_reader.line()).empty())
                continue;
            splitCsvLine(m_reader.line(), m_fields);
            if (m_fields.size() != m_columns)
                m_reader.fail(std::to_string(m_fields.size()) + " fields; the header has "
                              + std::to_string(m_columns));
            double t = 0;
            if (!parseNumber(m_fields[m_timeColumn], t) || t < 0)
                m_reader.fail("timestamp_s " + quoted(m_fields[m_timeColumn])
                              + " is not a number of seconds at least 0");
            if (t < m_lastS)
                m_reader.fail("timestamp_s " + numberText(t) + " is before the previous one ("
                              + numberText(m_lastS) + "); timestamps must not decrease");
            m_lastS = t;
            double handler = NAN;
            if (m_durationColumn != kNone
                && (!parseNumber(m_fields[m_durationColumn], handler) || handler < 0))
                m_reader.fail("duration_ms " + quoted(m_fields[m_durationColumn])
                              + " is not a number of milliseconds at least 0");
            const double ms = t * 1000.0;
            if (ms < m_start)
                continue;
            if (ms >= m_end)
                break;   // non-decreasing: nothing later can fall before the end
            m_handlerMs = handler;
            if (m_tenantColumn != kNone) {
                // Tenant IDs are any text; each new one gets the next number.
                const std::string id(trim(m_fields[m_tenantColumn]));
                if (id.empty())
                    m_reader.fail("tenant is empty; every request of a tenant column needs its tenant ID");
                m_tenant = m_tenantIds.try_emplace(id, static_cast<int>(m_tenantIds.size())).first->second;
            }
            return ms;
        }
        m_done = true;
        m_handlerMs = NAN;
        return INFINITY;
    }
    double handlerMsOfLast() const override { return m_handlerMs; }
    int tenantOfLast() const override { return m_tenant; }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::unique_ptr<std::istream> m_in;
    TraceLineReader m_reader;
    std::vector<std::string_view> m_fields;
    std::size_t m_columns = 0;
    std::size_t m_timeColumn = kNone;
    std::size_t m_durationColumn = kNone;
    std::size_t m_tenantColumn = kNone;
    std::unordered_map<std::string, int> m_tenantIds;
    int m_tenant = -1;
    double m_start, m_end;
    double m_lastS = 0;
    double m_handlerMs = NAN;
    bool m_done = false;
};

// --- azure 2019 ---------------------------------------------------------------------------------

void checkAzure2019Header(TraceLineReader &reader, std::vector<std::string_view> &fields)
{
    if (!readHeader(reader, fields))
        throw TraceError(TraceErrorKind::BadLine, reader.file(), 1,
                         "the file is empty; expected the header HashOwner,HashApp,HashFunction,Trigger,1,…,1440");
    static const char *const kFixed[] = {"HashOwner", "HashApp", "HashFunction", "Trigger"};
    if (fields.size() != kAzure2019Fixed + kAzureMinutes)
        reader.fail("the header has " + std::to_string(fields.size())
                    + " columns; expected HashOwner,HashApp,HashFunction,Trigger,1,…,1440 (1,444)");
    for (int i = 0; i < kAzure2019Fixed; ++i)
        if (fields[static_cast<std::size_t>(i)] != kFixed[i])
            reader.fail("column " + std::to_string(i + 1) + " is " + quoted(fields[static_cast<std::size_t>(i)])
                        + "; expected " + kFixed[i]);
    for (int m = 1; m <= kAzureMinutes; ++m) {
        const auto f = fields[static_cast<std::size_t>(kAzure2019Fixed + m - 1)];
        if (f != std::to_string(m))
            reader.fail("column " + std::to_string(kAzure2019Fixed + m) + " is " + quoted(f) + "; expected "
                        + std::to_string(m));
    }
}

// Checks one data row and returns its total; fills `out` when given. The split is done by hand
// rather than with splitCsvLine: the rank pass reads 66 million counts.
std::uint64_t parseAzure2019Row(TraceLineReader &reader, Azure2019Function *out)
{
    const std::string_view line = reader.line();
    std::size_t pos = 0;
    auto nextField = [&](std::string_view &field) {
        if (pos > line.size())
            return false;
        const std::size_t comma = line.find(',', pos);
        const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
        field = trim(line.substr(pos, end - pos));
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
            field = field.substr(1, field.size() - 2);
        pos = end + 1;
        return true;
    };
    std::string_view field;
    std::string_view fixed[kAzure2019Fixed];
    for (auto &f : fixed) {
        if (!nextField(field))
            reader.fail("the row ends after fewer than 1,444 fields");
        f = field;
    }
    if (fixed[2].empty())
        reader.fail("HashFunction is empty");
    if (out) {
        out->owner.assign(fixed[0]);
        out->app.assign(fixed[1]);
        out->function.assign(fixed[2]);
        out->trigger.assign(fixed[3]);
        out->line = reader.lineNumber();
        out->perMinute.assign(kAzureMinutes, 0);
    }
    std::uint64_t total = 0;
    for (int m = 0; m < kAzureMinutes; ++m) {
        if (!nextField(field))
            reader.fail("the row has " + std::to_string(kAzure2019Fixed + m) + " fields; expected 1,444");
        std::uint32_t count = 0;
        if (!parseCount(field, count))
            reader.fail("minute " + std::to_string(m + 1) + ": " + quoted(field)
                        + " is not a whole number of invocations at least 0");
        total += count;
        if (out)
            out->perMinute[static_cast<std::size_t>(m)] = count;
    }
    if (pos <= line.size())
        reader.fail("the row has more than 1,444 fields");
    if (out)
        out->total = total;
    return total;
}

void reportEnd(const TraceLineReader &reader, const TraceOptions &options)
{
    if (options.progress)
        options.progress(reader.bytesRead());
}

void throwIfCancelled(const TraceLineReader &reader)
{
    if (reader.cancelled())
        throw TraceError(TraceErrorKind::Cancelled, reader.file(), 0, "cancelled");
}

class Azure2019Process final : public ArrivalProcess {
public:
    Azure2019Process(std::shared_ptr<const Azure2019Function> f, TraceSpread spread, double startMs,
                     double endMs, const TraceOptions &options)
        : m_f(std::move(f)), m_spread(spread), m_start(startMs), m_end(endMs), m_cancel(options.cancel)
    {
        // Minutes wholly before the start are skipped without drawing anything.
        m_minute = static_cast<int>(std::clamp(std::floor(std::max(0.0, startMs) / kMinuteMs), 0.0,
                                               static_cast<double>(kAzureMinutes)));
        enterMinute();
    }

    double next(Rng &rng) override
    {
        while (m_minute < kAzureMinutes) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                break;
            if (m_k >= m_count) {
                ++m_minute;
                enterMinute();
                continue;
            }
            const double minuteStart = m_minute * kMinuteMs;
            double t;
            if (m_spread == TraceSpread::Uniform) {
                t = minuteStart + (static_cast<double>(m_k) + 0.5) * kMinuteMs / m_count;
            } else {
                // Ascending order statistics of `count` uniforms without storing and sorting them:
                // the largest of i uniforms is U^(1/i), so walking i down from count and taking
                // 1 − (running product) yields the smallest position first.
                m_product *= std::pow(rng.uniform01(), 1.0 / static_cast<double>(m_count - m_k));
                t = minuteStart + (1.0 - m_product) * kMinuteMs;
            }
            ++m_k;
            if (t < m_start)
                continue;
            if (t >= m_end)
                break;
            m_handlerMs = m_f->hasDurations ? azure2019DurationMs(m_f->durationPercentilesMs, rng.uniform01())
                                            : NAN;
            return t;
        }
        m_minute = kAzureMinutes;
        m_handlerMs = NAN;
        return INFINITY;
    }
    double handlerMsOfLast() const override { return m_handlerMs; }

private:
    void enterMinute()
    {
        m_k = 0;
        m_product = 1.0;
        m_count = m_minute < kAzureMinutes ? m_f->perMinute[static_cast<std::size_t>(m_minute)] : 0;
    }

    std::shared_ptr<const Azure2019Function> m_f;
    TraceSpread m_spread;
    double m_start, m_end;
    const std::atomic<bool> *m_cancel;
    int m_minute = 0;
    std::uint32_t m_count = 0;
    std::uint32_t m_k = 0;
    double m_product = 1.0;
    double m_handlerMs = NAN;
};

// --- azure 2021 ---------------------------------------------------------------------------------

// The 2021 trace is a log of completions: rows come in (roughly) end_timestamp order, so arrivals
// (end − duration) come out of order. Rows that match the filter wait in a min-heap keyed by
// arrival; the earliest is released once the highest end_timestamp read so far is more than the
// reorder window past it, because a later row could then only arrive before it if it ran longer
// than the window. A row that would arrive before an arrival already replayed breaks that
// assumption and is reported as a bad line, never silently reordered. Memory holds the matching
// rows of one window, not the file.
class Azure2021Process final : public ArrivalProcess {
public:
    Azure2021Process(std::unique_ptr<std::istream> in, std::string file, std::string app, std::string func,
                     double startMs, double endMs, const TraceOptions &options)
        : m_in(std::move(in))
        , m_reader(*m_in, std::move(file), options)
        , m_app(std::move(app))
        , m_func(std::move(func))
        , m_start(startMs)
        , m_end(endMs)
        , m_windowMs(std::max(0.0, options.reorderWindowS) * 1000.0)
    {
        if (!readHeader(m_reader, m_fields))
            throw TraceError(TraceErrorKind::BadLine, m_reader.file(), 1,
                             "the file is empty; expected the header app,func,end_timestamp,duration");
        m_columns = m_fields.size();
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            const auto name = m_fields[i];
            std::size_t *slot = name == "app"             ? &m_appColumn
                              : name == "func"            ? &m_funcColumn
                              : name == "end_timestamp"   ? &m_endColumn
                              : name == "duration"        ? &m_durationColumn
                                                          : nullptr;
            if (!slot)
                m_reader.fail("unknown column " + quoted(name) + " (allowed: app, func, end_timestamp, duration)");
            if (*slot != kNone)
                m_reader.fail("column " + quoted(name) + " appears twice");
            *slot = i;
        }
        for (auto [column, name] : {std::pair{m_appColumn, "app"}, {m_funcColumn, "func"},
                                    {m_endColumn, "end_timestamp"}, {m_durationColumn, "duration"}})
            if (column == kNone)
                m_reader.fail(std::string("the header has no ") + name + " column");
    }

    double next(Rng &) override
    {
        while (!m_eof && !readyToRelease()) {
            if (m_reader.cancelled())
                return finish();
            if (!m_reader.next()) {
                m_eof = true;
                if (!m_matchedAny)
                    throw TraceError(TraceErrorKind::NoMatch, m_reader.file(), 0,
                                     "no row has app " + quoted(m_app) + " and func " + quoted(m_func));
                break;
            }
            readRow();
        }
        while (!m_heap.empty()) {
            const Pending p = m_heap.top();
            m_heap.pop();
            m_lastReleasedMs = p.arrivalMs;
            if (p.arrivalMs < m_start)
                continue;
            if (p.arrivalMs >= m_end)
                return finish();
            m_handlerMs = p.handlerMs;
            return p.arrivalMs;
        }
        return finish();
    }
    double handlerMsOfLast() const override { return m_handlerMs; }

private:
    struct Pending {
        double arrivalMs;
        double handlerMs;
        std::size_t line;
        // Earliest arrival on top; equal arrivals keep file order.
        bool operator<(const Pending &o) const
        {
            return arrivalMs != o.arrivalMs ? arrivalMs > o.arrivalMs : line > o.line;
        }
    };

    double finish()
    {
        m_eof = true;
        m_heap = {};
        m_handlerMs = NAN;
        return INFINITY;
    }

    bool readyToRelease() const
    {
        const double safeBefore = m_maxEndMs - m_windowMs;
        // Nothing unread can arrive before safeBefore; once that passes the end of the run, what
        // is pending is all there will be.
        return safeBefore >= m_end || (!m_heap.empty() && m_heap.top().arrivalMs <= safeBefore);
    }

    void readRow()
    {
        if (trim(m_reader.line()).empty())
            return;
        splitCsvLine(m_reader.line(), m_fields);
        if (m_fields.size() != m_columns)
            m_reader.fail(std::to_string(m_fields.size()) + " fields; the header has " + std::to_string(m_columns));
        double endS = 0, durationS = 0;
        // Finite in milliseconds too: 1e306 s would be infinite, and end − duration NaN.
        if (!parseNumber(m_fields[m_endColumn], endS) || !std::isfinite(endS * 1000.0))
            m_reader.fail("end_timestamp " + quoted(m_fields[m_endColumn]) + " is not a number of seconds");
        if (!parseNumber(m_fields[m_durationColumn], durationS) || durationS < 0 || !std::isfinite(durationS * 1000.0))
            m_reader.fail("duration " + quoted(m_fields[m_durationColumn])
                          + " is not a number of seconds at least 0");
        // Every row moves the high-water mark, matching or not: the order is the file's.
        m_maxEndMs = std::max(m_maxEndMs, endS * 1000.0);
        if ((!m_app.empty() && m_fields[m_appColumn] != m_app)
            || (!m_func.empty() && m_fields[m_funcColumn] != m_func))
            return;
        m_matchedAny = true;
        // In ms before subtracting: 2.0 s − 1.8 s is 0.19999… s, 2000 ms − 1800 ms is 200 ms.
        const double arrivalMs = endS * 1000.0 - durationS * 1000.0;
        if (arrivalMs < m_lastReleasedMs)
            m_reader.fail("arrives at " + numberText(arrivalMs / 1000.0) + " s, before an arrival already replayed ("
                          + numberText(m_lastReleasedMs / 1000.0) + " s): rows must be in end_timestamp order "
                          + "within a reorder window of " + numberText(m_windowMs / 1000.0) + " s");
        if (arrivalMs < 0)
            return;   // began before the trace's time zero: before the run
        m_heap.push({arrivalMs, durationS * 1000.0, m_reader.lineNumber()});
    }

    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::unique_ptr<std::istream> m_in;
    TraceLineReader m_reader;
    std::string m_app, m_func;
    double m_start, m_end, m_windowMs;
    std::vector<std::string_view> m_fields;
    std::size_t m_columns = 0;
    std::size_t m_appColumn = kNone, m_funcColumn = kNone, m_endColumn = kNone, m_durationColumn = kNone;
    std::priority_queue<Pending> m_heap;
    double m_maxEndMs = -INFINITY;
    double m_lastReleasedMs = -INFINITY;
    double m_handlerMs = NAN;
    bool m_matchedAny = false;
    bool m_eof = false;
};

}  // namespace

// --- TraceError, TraceLineReader, CSV ----------------------------------------------------------

TraceError::TraceError(TraceErrorKind kind, std::string file, std::size_t line, std::string detail)
    : std::runtime_error(errorText(file, line, detail))
    , m_kind(kind)
    , m_file(std::move(file))
    , m_line(line)
    , m_detail(std::move(detail))
{
}

TraceLineReader::TraceLineReader(std::istream &in, std::string file, const TraceOptions &options)
    : m_in(in), m_file(std::move(file)), m_progress(options.progress), m_cancel(options.cancel)
{
}

bool TraceLineReader::next()
{
    if (m_atEnd)
        return false;
    // std::getline would take a file with no line break (a device, a binary file) whole into
    // memory; reading in chunks keeps a line to kMaxLineBytes and still scans with memchr.
    m_line.clear();
    bool ended = false;    // a line break ended the line
    bool gotAny = false;   // something was read: a line, perhaps empty
    char chunk[16 * 1024];
    for (;;) {
        m_in.getline(chunk, sizeof chunk);
        const auto count = static_cast<std::size_t>(m_in.gcount());
        if (m_in.bad())
            throw TraceError(TraceErrorKind::Unreadable, m_file, m_lineNumber + 1, "read error");
        if (m_in.fail() && !m_in.eof() && count == sizeof chunk - 1) {
            // The chunk filled up before the line ended.
            if (m_line.size() + count > kMaxLineBytes)
                throw TraceError(TraceErrorKind::BadLine, m_file, m_lineNumber + 1,
                                 "a line longer than " + std::to_string(kMaxLineBytes / (1024 * 1024))
                                     + " MB; is this a text file?");
            m_line.append(chunk, count);
            gotAny = true;
            m_in.clear(m_in.rdstate() & ~std::ios::failbit);
            continue;
        }
        if (m_in.eof()) {
            m_line.append(chunk, count);
            gotAny = gotAny || count > 0;
        } else if (!m_in.fail()) {
            m_line.append(chunk, count - 1);   // gcount counts the line break
            gotAny = ended = true;
        }
        break;
    }
    if (!gotAny) {
        m_atEnd = true;
        if (m_progress)
            m_progress(m_bytes);
        return false;
    }
    ++m_lineNumber;
    m_bytes += m_line.size() + (ended ? 1 : 0);
    if (!m_line.empty() && m_line.back() == '\r')
        m_line.pop_back();
    if (m_lineNumber == 1) {
        if (m_line.starts_with("\xEF\xBB\xBF"))   // a UTF-8 byte-order mark
            m_line.erase(0, 3);
        else if (m_line.starts_with("\xFF\xFE") || m_line.starts_with("\xFE\xFF"))
            fail("UTF-16 is not supported; save the file as UTF-8");
    }
    if (m_progress && m_bytes - m_reportedAt >= kProgressEveryBytes) {
        m_reportedAt = m_bytes;
        m_progress(m_bytes);
    }
    return true;
}

void TraceLineReader::fail(std::string detail) const
{
    throw TraceError(TraceErrorKind::BadLine, m_file, m_lineNumber, std::move(detail));
}

void splitCsvLine(std::string_view line, std::vector<std::string_view> &fields)
{
    fields.clear();
    std::size_t pos = 0;
    for (;;) {
        std::size_t end = pos;
        bool inQuotes = false;
        while (end < line.size() && (inQuotes || line[end] != ',')) {
            if (line[end] == '"')
                inQuotes = !inQuotes;
            ++end;
        }
        std::string_view f = trim(line.substr(pos, end - pos));
        if (f.size() >= 2 && f.front() == '"' && f.back() == '"')
            f = f.substr(1, f.size() - 2);
        fields.push_back(f);
        if (end >= line.size())
            break;
        pos = end + 1;
    }
}

std::string resolveTracePath(const std::string &baseDir, const std::string &path)
{
    if (baseDir.empty() || path.empty() || path.front() == '/')
        return path;
    if (baseDir.back() == '/')
        return baseDir + path;
    return baseDir + '/' + path;
}

// --- the formats ---------------------------------------------------------------------------------

std::unique_ptr<ArrivalProcess> makeTimestampsProcess(std::unique_ptr<std::istream> in, std::string file,
                                                      double startMs, double endMs, const TraceOptions &options)
{
    return std::make_unique<TimestampsProcess>(std::move(in), std::move(file), startMs, endMs, options);
}

Azure2019Function findAzure2019ByRank(const StreamOpener &open, const std::string &file, int rank,
                                      const TraceOptions &options)
{
    if (rank < 1)
        throw TraceError(TraceErrorKind::NoMatch, file, 0, "rank " + std::to_string(rank) + " is not 1 or more");
    struct Entry {
        std::uint64_t total;
        std::size_t line;
    };
    // "a before b" = a is more invoked (or as much, and earlier): a min-heap of the best `rank`
    // whose top is the worst kept. Memory: `rank` entries, never the rows.
    auto better = [](const Entry &a, const Entry &b) {
        return a.total != b.total ? a.total > b.total : a.line < b.line;
    };
    std::vector<Entry> best;
    best.reserve(static_cast<std::size_t>(std::min(rank, 100000)));
    std::vector<std::string_view> fields;
    {
        auto in = openOrThrow(open, file);
        TraceLineReader reader(*in, file, options);
        checkAzure2019Header(reader, fields);
        while (reader.next()) {
            throwIfCancelled(reader);
            if (trim(reader.line()).empty())
                continue;
            const Entry e{parseAzure2019Row(reader, nullptr), reader.lineNumber()};
            if (best.size() < static_cast<std::size_t>(rank)) {
                best.push_back(e);
                std::push_heap(best.begin(), best.end(), better);
            } else if (better(e, best.front())) {
                std::pop_heap(best.begin(), best.end(), better);
                best.back() = e;
                std::push_heap(best.begin(), best.end(), better);
            }
        }
        reportEnd(reader, options);
    }
    if (best.size() < static_cast<std::size_t>(rank))
        throw TraceError(TraceErrorKind::NoMatch, file, 0,
                         "rank " + std::to_string(rank) + " is beyond the " + std::to_string(best.size())
                             + " functions in the file");
    const std::size_t wanted = best.front().line;

    // Second pass: straight to the line.
    auto in = openOrThrow(open, file);
    TraceLineReader reader(*in, file, options);
    checkAzure2019Header(reader, fields);
    while (reader.next()) {
        throwIfCancelled(reader);
        if (reader.lineNumber() == wanted) {
            Azure2019Function f;
            parseAzure2019Row(reader, &f);
            return f;
        }
    }
    throw TraceError(TraceErrorKind::Unreadable, file, wanted, "the file changed between two passes");
}

Azure2019Function findAzure2019ByHash(const StreamOpener &open, const std::string &file, const std::string &hash,
                                      const TraceOptions &options)
{
    auto in = openOrThrow(open, file);
    TraceLineReader reader(*in, file, options);
    std::vector<std::string_view> fields;
    checkAzure2019Header(reader, fields);
    Azure2019Function f;
    while (reader.next()) {
        throwIfCancelled(reader);
        if (trim(reader.line()).empty())
            continue;
        // Every row on the way is checked, so a bad line before the match is still reported.
        parseAzure2019Row(reader, &f);
        if (f.function == hash) {
            reportEnd(reader, options);
            return f;
        }
    }
    throw TraceError(TraceErrorKind::NoMatch, file, 0, "no row has HashFunction " + quoted(hash));
}

void readAzure2019Durations(std::istream &in, const std::string &file, Azure2019Function &f,
                            const TraceOptions &options)
{
    TraceLineReader reader(in, file, options);
    std::vector<std::string_view> fields;
    if (!readHeader(reader, fields))
        throw TraceError(TraceErrorKind::BadLine, file, 1, "the file is empty; expected the header of "
                                                           "function_durations_percentiles");
    static const char *const kNeeded[] = {
        "HashOwner", "HashApp", "HashFunction", "percentile_Average_0", "percentile_Average_1",
        "percentile_Average_25", "percentile_Average_50", "percentile_Average_75", "percentile_Average_99",
        "percentile_Average_100"};
    std::array<std::size_t, 10> column{};
    for (std::size_t k = 0; k < column.size(); ++k) {
        const auto it = std::find(fields.begin(), fields.end(), std::string_view(kNeeded[k]));
        if (it == fields.end())
            reader.fail(std::string("the header has no ") + kNeeded[k] + " column");
        column[k] = static_cast<std::size_t>(it - fields.begin());
    }
    const std::size_t columns = fields.size();
    while (reader.next()) {
        throwIfCancelled(reader);
        if (trim(reader.line()).empty())
            continue;
        splitCsvLine(reader.line(), fields);
        if (fields.size() != columns)
            reader.fail(std::to_string(fields.size()) + " fields; the header has " + std::to_string(columns));
        if (fields[column[2]] != f.function || (!f.owner.empty() && fields[column[0]] != f.owner)
            || (!f.app.empty() && fields[column[1]] != f.app))
            continue;
        for (std::size_t k = 0; k < 7; ++k) {
            double v = 0;
            if (!parseNumber(fields[column[3 + k]], v) || v < 0)
                reader.fail(std::string(kNeeded[3 + k]) + " " + quoted(fields[column[3 + k]])
                            + " is not a number of milliseconds at least 0");
            if (k > 0 && v < f.durationPercentilesMs[k - 1])
                reader.fail(std::string(kNeeded[3 + k]) + " " + numberText(v) + " is less than "
                            + kNeeded[2 + k] + "; percentiles must not decrease");
            f.durationPercentilesMs[k] = v;
        }
        f.hasDurations = true;
        reportEnd(reader, options);
        return;
    }
    throw TraceError(TraceErrorKind::NoMatch, file, 0, "no row has HashFunction " + quoted(f.function));
}

double azure2019DurationMs(const std::array<double, 7> &p, double u)
{
    static constexpr std::array<double, 7> kAt = {0.0, 0.01, 0.25, 0.50, 0.75, 0.99, 1.0};
    u = std::clamp(u, 0.0, 1.0);
    std::size_t k = 1;
    while (k < kAt.size() - 1 && u > kAt[k])
        ++k;
    const double w = (u - kAt[k - 1]) / (kAt[k] - kAt[k - 1]);
    return p[k - 1] + w * (p[k] - p[k - 1]);
}

std::unique_ptr<ArrivalProcess> makeAzure2019Process(std::shared_ptr<const Azure2019Function> f,
                                                     TraceSpread spread, double startMs, double endMs,
                                                     const TraceOptions &options)
{
    return std::make_unique<Azure2019Process>(std::move(f), spread, startMs, endMs, options);
}

std::unique_ptr<ArrivalProcess> makeAzure2021Process(std::unique_ptr<std::istream> in, std::string file,
                                                     std::string app, std::string func, double startMs,
                                                     double endMs, const TraceOptions &options)
{
    return std::make_unique<Azure2021Process>(std::move(in), std::move(file), std::move(app), std::move(func),
                                              startMs, endMs, options);
}

ArrivalsFactory makeTraceArrivals(const TraceSpec &trace, const std::string &baseDir, StreamOpener open,
                                  TraceOptions options)
{
    const std::string path = resolveTracePath(baseDir, trace.path);
    ArrivalsFactory traceFactory;
    switch (trace.format) {
    case TraceFormat::Timestamps:
        // Reading the header now reports an unreadable file or a bad header before the run.
        makeTimestampsProcess(openOrThrow(open, path), path, 0, 0, options);
        traceFactory = [open, path, options](const WorkloadSpec &, double startMs, double endMs) {
            return makeTimestampsProcess(openOrThrow(open, path), path, startMs, endMs, options);
        };
        break;
    case TraceFormat::Azure2019: {
        Azure2019Function f = trace.rank > 0 ? findAzure2019ByRank(open, path, trace.rank, options)
                                             : findAzure2019ByHash(open, path, trace.function, options);
        if (!trace.durationsPath.empty()) {
            const std::string durations = resolveTracePath(baseDir, trace.durationsPath);
            auto in = openOrThrow(open, durations);
            readAzure2019Durations(*in, durations, f, options);
        }
        auto shared = std::make_shared<const Azure2019Function>(std::move(f));
        const TraceSpread spread = trace.spread;
        traceFactory = [shared, spread, options](const WorkloadSpec &, double startMs, double endMs) {
            return makeAzure2019Process(shared, spread, startMs, endMs, options);
        };
        break;
    }
    case TraceFormat::Azure2021: {
        makeAzure2021Process(openOrThrow(open, path), path, trace.app, trace.func, 0, 0, options);
        traceFactory = [open, path, app = trace.app, func = trace.func, options](const WorkloadSpec &,
                                                                                double startMs, double endMs) {
            return makeAzure2021Process(openOrThrow(open, path), path, app, func, startMs, endMs, options);
        };
        break;
    }
    }
    return [trace, baseDir, open, options, traceFactory](const WorkloadSpec &w, double startMs,
                                                        double endMs) -> std::unique_ptr<ArrivalProcess> {
        if (w.pattern != WorkloadPattern::Trace)
            return makeArrivalProcess(w, startMs, endMs);
        if (!(w.trace == trace))
            return makeTraceArrivals(w.trace, baseDir, open, options)(w, startMs, endMs);
        return traceFactory(w, startMs, endMs);
    };
}

}  // namespace lle
