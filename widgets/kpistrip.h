// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QFont>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <limits>
#include <algorithm>

namespace lle {

/// The key figures at the playhead: cold-start share, p50 and p99 latency, cost per million
/// requests, cost so far and projected per month. Recomputed at most a few times a second.
class KpiStrip : public QWidget {
    Q_OBJECT
public:
    struct Figures {
        double coldPercent = 0, p50 = 0, p99 = 0, perMillion = 0, costSoFar = 0;
        /// The month: projected from the run's own rate, or at the stated volume. NaN (shown
        /// "—") until the run says enough: kProjectionMinMs simulated and kProjectionMinRequests done.
        double perMonth = std::numeric_limits<double>::quiet_NaN();
        /// The month at the stated volume with the free tier applied (NaN without a stated volume).
        double perMonthFreeTier = std::numeric_limits<double>::quiet_NaN();
        bool perMonthKnown = false;
        std::uint64_t requests = 0, throttled = 0;
    };
    /// The cells, left to right.
    enum class Cell { ColdStarts, P50, P99, PerMillion, CostSoFar, PerMonth, Requests };
    static constexpr double kProjectionMinMs = 60'000;
    static constexpr std::uint64_t kProjectionMinRequests = 100;

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
    /// Shows the month at `requestsPerMonth` (billed at the run's cost per request, and with the
    /// free tier) instead of the projection from the run's own rate; 0 goes back to the projection.
    void setMonthlyVolume(double requestsPerMonth);
    double monthlyVolume() const { return m_monthlyVolume; }
    /// The texts a cell shows (for tests and the accessible description).
    QString captionText(Cell cell) const;
    QString valueText(Cell cell) const;
    /// Shows these figures (until the next recomputation): a frame or a test of the layout.
    void setFigures(const Figures &f)
    {
        m_f = f;
        fitHeight();
        update();
    }
    /// The figures of `run` at `tMs` (requests completed by then): from every request when all are
    /// recorded, from the simulator's buckets (RunFigures) when they are sampled. The cost is the
    /// bill line by line as the simulator keeps it, interpolated within the metrics bucket.
    static Figures compute(const RecordedRun &run, double tMs);
    /// compute(), with the month at `requestsPerMonth` when it is above 0.
    static Figures computeAtVolume(const RecordedRun &run, double tMs, double requestsPerMonth);
    QSize sizeHint() const override { return {900, std::max(46, m_neededHeight)}; }
    QSize minimumSizeHint() const override { return {600, std::max(40, m_neededHeight)}; }

    /// How the cells sit at the current width: every caption and value whole in its cell. Values
    /// take a smaller size first (down to three quarters of the normal one), then the cells wrap
    /// into more rows; in presentation mode (values ≥ 32 px) they only wrap.
    struct Layout {
        int columns = 1, rows = 1;
        double cellWidth = 0, rowHeight = 0;
        QFont caption, value;
    };
    Layout cellLayout() const;
    /// How many times the layout has been worked out: again only when the width, the font, the
    /// language (the captions) or the number of digits of a value changes, not every frame.
    int layoutPasses() const { return m_layoutPasses; }
    /// The texts of the cells, caption and value, as painted.
    QList<QPair<QString, QString>> cellTexts() const;
    /// Cells whose caption or value does not fit (empty when nothing is clipped).
    QStringList clippedCells() const;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void changeEvent(QEvent *) override;
    void contextMenuEvent(QContextMenuEvent *e) override;

private:
    static void fromRequests(const RecordedRun &run, double tMs, Figures &f);
    /// The month at a stated volume from the run's cost per request and its scenario's rates.
    static void atVolume(const RecordedRun &run, const CostLines &cost, double requestsPerMonth, Figures &f);
    void recompute();
    /// Asks the window for the height the layout needs (shown strips only; clip frames size theirs).
    void fitHeight();
    Layout workOutLayout() const;

    RunPtr m_run;
    double m_t = 0;
    Figures m_f;
    double m_monthlyVolume = 0;
    QElapsedTimer m_since;
    QTimer m_catchUp;
    int m_neededHeight = 0;
    /// The last layout and what it was worked out for.
    mutable Layout m_layout;
    mutable QString m_layoutKey;
    mutable int m_layoutPasses = 0;
};

}  // namespace lle
