// SPDX-License-Identifier: GPL-3.0-or-later
// Recording clips, offscreen, on the built-in scenario:
//  1. a 20 s dashboard clip at 30 fps, 1920×1080, as MP4 (goal: under 20 s of wall time on two
//     cores) and as WebM, with the resident memory at each quarter (it must stay flat);
//  2. a 10 s clip of the lifecycle diagram at 800×450 as GIF (goal: under 5 MB);
//  3. drawing alone: milliseconds per 1080p dashboard frame.
// Not a test: figures to read, run by hand. The last line is JSON.
// Usage: bench_video [OUTDIR]   (default: a temporary folder, removed afterwards)
#include "clipframes.h"
#include "cliprecording.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace lle;

namespace {

long statusKb(const char *key)
{
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(std::string(key).size()));
    return -1;
}

double loadAverage()
{
    std::ifstream f("/proc/loadavg");
    double l = -1;
    f >> l;
    return l;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Result {
    double seconds = 0;
    double cpu = 0;        ///< CPU seconds of every thread: what the machine's load does not change
    qint64 bytes = 0;
    std::vector<long> rssKb;   ///< at each quarter of the steps
    bool ok = false;
};

Result record(const RunPtr &run, const ClipSpec &spec, const QString &path)
{
    Result r;
    ClipRecording recording(ClipFrames::source(run, spec), clipFrameCount(spec), path, spec.video);
    QEventLoop loop;
    int nextQuarter = 1;
    QObject::connect(&recording, &ClipRecording::progress, [&](int done, int total) {
        if (done * 4 >= total * nextQuarter) {
            r.rssKb.push_back(statusKb("VmRSS:"));
            ++nextQuarter;
        }
    });
    QObject::connect(&recording, &ClipRecording::finished, &loop, [&](bool ok) {
        r.ok = ok;
        loop.quit();
    });
    QElapsedTimer timer;
    const double cpu0 = cpuSeconds();
    timer.start();
    recording.start();
    loop.exec();
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.cpu = cpuSeconds() - cpu0;
    r.bytes = QFileInfo(path).size();
    if (!r.ok)
        std::fprintf(stderr, "bench_video: %s\n", qPrintable(recording.errorString()));
    return r;
}

QString rssText(const std::vector<long> &kb)
{
    QStringList parts;
    for (long k : kb)
        parts << QString::number(k / 1024);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();

    const Scenario scenario = defaultScenario();
    Simulator sim(scenario);
    RunRecorder recorder(scenario, sim);
    sim.setObserver(&recorder);
    sim.run();
    const RunPtr run = recorder.take();

    std::printf("bench_video: %u hardware threads, load average %.2f at start\n", std::thread::hardware_concurrency(),
                loadAverage());

    ClipSpec dashboard;
    dashboard.view = ClipView::Dashboard;
    dashboard.fromMs = 0;
    dashboard.toMs = 20'000;
    dashboard.title = QStringLiteral("Lambda Lifecycle Explorer");
    dashboard.video = {VideoFormat::Mp4, QSize(1920, 1080), 30};

    // Drawing alone.
    double drawMs = 0;
    {
        ClipFrames frames(run, dashboard);
        QElapsedTimer t;
        t.start();
        const int n = 60;
        for (int i = 0; i < n; ++i)
            frames.frame(i);
        drawMs = t.nsecsElapsed() / 1e6 / n;
    }
    std::printf("  drawing      %.1f ms per 1920x1080 dashboard frame\n", drawMs);

    const Result mp4 = record(run, dashboard, out + QStringLiteral("/dashboard-20s-1080p.mp4"));
    std::printf("  mp4          20 s, 600 frames, 1920x1080 dashboard: %.2f s wall (%.1f frames/s), %.1f CPU s, %.2f MB; "
                "RSS MB at each quarter: %s\n",
                mp4.seconds, 600 / mp4.seconds, mp4.cpu, mp4.bytes / 1e6, qPrintable(rssText(mp4.rssKb)));

    ClipSpec webm = dashboard;
    webm.video.format = VideoFormat::WebM;
    const Result vp9 = record(run, webm, out + QStringLiteral("/dashboard-20s-1080p.webm"));
    std::printf("  webm         20 s, 600 frames, 1920x1080 dashboard: %.2f s wall (%.1f frames/s), %.1f CPU s, %.2f MB; "
                "RSS MB at each quarter: %s\n",
                vp9.seconds, 600 / vp9.seconds, vp9.cpu, vp9.bytes / 1e6, qPrintable(rssText(vp9.rssKb)));

    ClipSpec diagram;
    diagram.view = ClipView::Diagram;
    diagram.fromMs = 0;
    diagram.toMs = 10'000;
    diagram.video = {VideoFormat::Gif, QSize(800, 450), 30};
    const Result gif = record(run, diagram, out + QStringLiteral("/diagram-10s-800x450.gif"));
    std::printf("  gif          10 s, 300 frames, 800x450 diagram: %.2f s wall, %.2f MB\n", gif.seconds, gif.bytes / 1e6);
    std::printf("  peak RSS     %ld MB; load average %.2f at the end\n", statusKb("VmHWM:") / 1024, loadAverage());

    std::printf("{\"draw_ms_per_frame\": %.1f, \"mp4_1080p_20s_wall_s\": %.2f, \"mp4_cpu_s\": %.1f, \"mp4_bytes\": %lld, "
                "\"webm_1080p_20s_wall_s\": %.2f, \"webm_bytes\": %lld, \"gif_800x450_10s_bytes\": %lld, "
                "\"gif_wall_s\": %.2f, \"peak_rss_mb\": %ld, \"ok\": %s}\n",
                drawMs, mp4.seconds, mp4.cpu, static_cast<long long>(mp4.bytes), vp9.seconds, static_cast<long long>(vp9.bytes),
                static_cast<long long>(gif.bytes), gif.seconds, statusKb("VmHWM:") / 1024,
                mp4.ok && vp9.ok && gif.ok ? "true" : "false");
    return mp4.ok && vp9.ok && gif.ok ? 0 : 1;
}
