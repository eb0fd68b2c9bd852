// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessvideo.h"

#include "headlessrunner.h"
#include "scenariofile.h"
#include "simulator.h"
#include "stopsignals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace lle {

namespace {

QString number(double v) { return QString::number(v, 'g', 17); }

}  // namespace

ClipSpec clipSpecFromCommandLine(const CommandLine &c, double durationS)
{
    ClipSpec spec;
    spec.view = clipViewFromName(c.videoView).value_or(ClipView::Dashboard);
    spec.fromMs = c.videoFromS.value_or(0) * 1000.0;
    spec.toMs = c.videoToS.value_or(durationS) * 1000.0;
    spec.speed = c.videoSpeed;
    spec.video.format = VideoEncoder::formatForPath(c.videoPath).value_or(VideoFormat::Mp4);
    spec.video.size = c.videoSize;
    spec.video.fps = c.videoFps;
    return spec;
}

int runHeadlessVideo(const CommandLine &c, const ClipSourceFactory &frames)
{
    const auto format = VideoEncoder::formatForPath(c.videoPath);
    if (!format) {
        printErrorLine(QStringLiteral("--video %1: unknown format (a name ending in .mp4, .webm or .gif)").arg(c.videoPath));
        return ExitBadInput;
    }
    if (!VideoEncoder::isAvailable(*format)) {
        printErrorLine(QStringLiteral("--video %1: this build's FFmpeg cannot write %2")
                           .arg(c.videoPath, VideoEncoder::extension(*format).toUpper()));
        return ExitBadInput;
    }
    if (!frames) {
        printErrorLine(QStringLiteral("--video: clips are not available in this build"));
        return ExitBadInput;
    }

    Scenario scenario;
    if (const int status = loadHeadlessScenario(c, &scenario); status != ExitOk)
        return status;

    // The stretch must lie inside the run.
    if (c.videoFromS && !(*c.videoFromS < scenario.durationS)) {
        printErrorLine(QStringLiteral("--video-from-s %1: out of range (at least 0, less than the run's %2 s)")
                           .arg(number(*c.videoFromS), number(scenario.durationS)));
        return ExitBadInput;
    }
    if (c.videoToS && *c.videoToS > scenario.durationS) {
        printErrorLine(QStringLiteral("--video-to-s %1: out of range (more than --video-from-s, at most the run's %2 s)")
                           .arg(number(*c.videoToS), number(scenario.durationS)));
        return ExitBadInput;
    }
    const ClipSpec spec = clipSpecFromCommandLine(c, scenario.durationS);
    if (const QString bad = VideoEncoder::checkSettings(spec.video); !bad.isEmpty()) {
        printErrorLine(QStringLiteral("--video-size %1x%2: %3").arg(c.videoSize.width()).arg(c.videoSize.height()).arg(bad));
        return ExitBadInput;
    }

    // A folder that is missing or not writable fails now, before the run is simulated.
    const QFileInfo out(c.videoPath);
    const QFileInfo folder(out.absolutePath());
    if (out.isDir() || !folder.isDir() || !folder.isWritable()) {
        printErrorLine(QStringLiteral("%1: cannot be written (%2)")
                           .arg(QDir::toNativeSeparators(c.videoPath),
                                out.isDir()          ? QStringLiteral("a folder of that name exists")
                                : !folder.isDir()    ? QStringLiteral("no folder %1").arg(QDir::toNativeSeparators(folder.filePath()))
                                                     : QStringLiteral("the folder is not writable")));
        return ExitIoError;
    }

    StopSignals stopSignals;
    SimulationOptions options;
    options.bucketS = c.bucketS > 0 ? c.bucketS : defaultBucketS(scenario.durationS);
    options.cancel = &StopSignals::stopFlag();
    try {
        options.arrivals = traceArrivals(scenario, &StopSignals::stopFlag());
    } catch (const TraceError &e) {
        return reportTraceError(e);
    }

    RunPtr run;
    try {
        Simulator simulator(scenario, options);
        RunRecorder recorder(scenario, simulator);
        simulator.setObserver(&recorder);
        simulator.run();
        if (StopSignals::interrupted() || !simulator.finished()) {
            printErrorLine(QStringLiteral("interrupted; no output file was written"));
            return ExitFailure;
        }
        run = recorder.take();
    } catch (const std::bad_alloc &) {
        printErrorLine(QStringLiteral("out of memory"));
        return ExitFailure;
    } catch (const std::exception &e) {
        return reportRunError(e);
    }

    const int frameCount = clipFrameCount(spec);
    ClipRecording recording(frames(run, spec), frameCount, c.videoPath, spec.video);
    QEventLoop loop;
    QObject::connect(&recording, &ClipRecording::finished, &loop, &QEventLoop::quit);
    // Ctrl+C stops the recording cleanly: the temporary file is removed.
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &recording, [&recording] {
        if (StopSignals::interrupted())
            recording.cancel();
    });
    stopPoll.start(100);
    QElapsedTimer timer;
    timer.start();
    recording.start();
    if (recording.isRunning())
        loop.exec();
    stopPoll.stop();

    if (recording.wasCancelled() && recording.errorString() == QLatin1String("cancelled")) {
        printErrorLine(QStringLiteral("interrupted; no output file was written"));
        return ExitFailure;
    }
    if (!recording.errorString().isEmpty()) {
        printErrorLine(recording.errorString());
        return recording.isWriteError() ? ExitIoError : ExitFailure;
    }
    printOut(QStringLiteral("%1: seed %2, %3 to %4 s at %5x\n  wrote        %6 (%7, %8 frames, %9x%10 at %11 fps, "
                            "%12 s; encoded in %13 s)\n")
                 .arg(QString::fromStdString(scenario.name))
                 .arg(scenario.seed)
                 .arg(spec.fromMs / 1000.0)
                 .arg(spec.toMs / 1000.0)
                 .arg(spec.speed)
                 .arg(QDir::toNativeSeparators(c.videoPath), clipViewName(spec.view))
                 .arg(frameCount)
                 .arg(spec.video.size.width())
                 .arg(spec.video.size.height())
                 .arg(spec.video.fps)
                 .arg(double(frameCount) / spec.video.fps, 0, 'g', 4)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return ExitOk;
}

}  // namespace lle
