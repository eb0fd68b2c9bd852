// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace lle {

/// The key figures at the playhead: cold-start share, p50 and p99 latency, cost per million
/// requests, cost so far and projected per month. Recomputed at most a few times a second.
class KpiStrip : public QWidget {
    Q_OBJECT
public:
    struct Figures {
        double coldPercent = 0, p50 = 0, p99 = 0, perMillion = 0, costSoFar = 0, perMonth = 0;
        std::uint64_t requests = 0, throttled = 0;
    };

    explicit KpiStrip(QWidget *parent = nullptr);
    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Moves the playhead and recomputes the figures at once (a clip's frame, drawn offscreen).
    void showAt(double ms)
    {
        m_t = ms;
        recompute();
    }
    const Figures &figures() const { return m_f; }
    /// The figures of `run` at `tMs` (requests completed by then): from every request when all are
    /// recorded, from the simulator's buckets (RunFigures) when they are sampled. The cost is the
    /// bill line by line as the simulator keeps it, interpolated within the metrics bucket.
    static Figures compute(const RecordedRun &run, double tMs);
    QSize sizeHint() const override { return {900, 46}; }
    QSize minimumSizeHint() const override { return {600, 40}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    static void fromRequests(const RecordedRun &run, double tMs, Figures &f);
    void recompute();

    RunPtr m_run;
    double m_t = 0;
    Figures m_f;
    QElapsedTimer m_since;
    QTimer m_catchUp;
};

}  // namespace lle
