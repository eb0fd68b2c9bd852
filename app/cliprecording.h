// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "videoencoder.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace lle {

/// What a clip shows: the dashboard (key figures, diagram, lanes and the four plots) or one view.
/// Window (the window's parameter panel beside the dashboard) exists only in the window: there is
/// no panel headless.
enum class ClipView { Dashboard, Diagram, Lanes, Latency, Cost, Cdf, Environments, Window };

/// "dashboard", "diagram", … as `--video-view` spells them ("window" for Window).
QString clipViewName(ClipView view);
std::optional<ClipView> clipViewFromName(const QString &name);
/// Every view name `--video-view` takes, in the order of ClipView (all but Window).
QStringList clipViewNames();

/// A text burned into the frames from `fromMs` on (until the next one): a lesson step's narration.
struct ClipCaption {
    double fromMs = 0;
    QString text;
};

/// One clip: which view, which stretch of simulated time, how fast and how large.
struct ClipSpec {
    ClipView view = ClipView::Dashboard;
    double fromMs = 0;
    double toMs = 0;
    double speed = 1;          ///< simulated seconds per second of clip
    VideoSettings video;       ///< format, size, frames per second
    QString title;             ///< optional first line of the caption bar
    bool captions = true;      ///< the caption bar: title, scenario name and simulated clock
    std::vector<ClipCaption> narration;   ///< lesson texts, in time order
    double lanesWindowMs = 30'000;        ///< the lanes' visible stretch, as in the window
};

/// Frames of a clip: ⌈(to − from) / speed × fps⌉, at least one. Frame i shows simulated time
/// from + i × speed / fps exactly — never the time a frame happened to be drawn at.
int clipFrameCount(const ClipSpec &spec);
double clipFrameTimeMs(const ClipSpec &spec, int index);

/// Draws frame `index` of a clip (GUI thread). Made by the widgets layer (ClipFrames) and handed
/// in, so that this layer knows no widgets.
using ClipFrameSource = std::function<QImage(int index)>;

/// Records a clip: frames are drawn on the thread that owns this object (the GUI thread; the
/// views are widgets), one per event-loop turn, and each is encoded on a worker (QtConcurrent)
/// while the next is drawn. At most two frames exist at a time, so memory stays flat however
/// long the clip. The file goes through a temporary name (VideoEncoder): a cancelled or failed
/// recording leaves nothing.
///
/// GIF takes a first pass of sample frames for its palette (kGifPaletteSamples spread over the
/// clip), drawn again in the second pass: frames are deterministic, so they are the same.
class ClipRecording : public QObject {
    Q_OBJECT
public:
    static constexpr int kGifPaletteSamples = 24;

    ClipRecording(ClipFrameSource source, int frameCount, QString path, VideoSettings settings,
                  QObject *parent = nullptr);
    /// Cancels a recording still going (waits for the frame being encoded; removes the file).
    ~ClipRecording() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    /// The failure was writing the file (exit status 3 headless).
    bool isWriteError() const { return m_writeError; }
    int totalSteps() const { return static_cast<int>(m_jobs); }
    const QString &path() const { return m_path; }

signals:
    /// `done` of `total` steps (palette samples, frames and the final write); `secondsLeft` < 0
    /// while it cannot be estimated yet.
    void progress(int done, int total, double secondsLeft);
    /// The file is in place (ok), or nothing was written (cancelled or failed: errorString()).
    void finished(bool ok);

private:
    enum class JobKind { Open, Sample, Frame, Finish };
    struct Job {
        JobKind kind;
        int frame;
    };
    Job jobAt(std::size_t i) const;
    void step();
    void jobDone();
    void stop();
    void end(bool ok);

    ClipFrameSource m_source;
    int m_frameCount;
    QString m_path;
    VideoSettings m_settings;
    VideoEncoder m_encoder;
    std::size_t m_samples = 0;
    std::size_t m_jobs = 0;
    std::size_t m_next = 0;        ///< next job to hand to the worker
    std::size_t m_done = 0;
    std::optional<QImage> m_pending;   ///< drawn for job m_next, not handed over yet
    bool m_busy = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopping = false;       ///< cancelled or failed: no more frames are drawn
    bool m_stepQueued = false;
    QString m_error;
    bool m_writeError = false;
    QElapsedTimer m_clock;
    QFutureWatcher<bool> m_watcher;
};

}  // namespace lle
