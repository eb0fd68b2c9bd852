// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoencoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cstdio>

namespace lle {

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

const char *encoderName(VideoFormat f)
{
    switch (f) {
    case VideoFormat::Mp4: return "libx264";
    case VideoFormat::WebM: return "libvpx-vp9";
    case VideoFormat::Gif: return "gif";
    }
    return "";
}

const char *muxerName(VideoFormat f)
{
    switch (f) {
    case VideoFormat::Mp4: return "mp4";
    case VideoFormat::WebM: return "webm";
    case VideoFormat::Gif: return "gif";
    }
    return "";
}

// QImage::Format_RGB32 and ARGB32 are 0xAARRGGBB words in native byte order: FFmpeg's RGB32.
constexpr AVPixelFormat kQImageFormat = AV_PIX_FMT_RGB32;

struct FilterGraph {
    AVFilterGraph *graph = nullptr;
    AVFilterContext *source = nullptr;
    AVFilterContext *palette = nullptr;   ///< second source (paletteuse)
    AVFilterContext *sink = nullptr;
    ~FilterGraph() { avfilter_graph_free(&graph); }
};

}  // namespace

struct VideoEncoder::Private {
    VideoSettings settings;
    QString target;
    QString temporary;
    QString error;
    bool writeError = false;
    bool opened = false;
    bool headerWritten = false;
    bool trailerWritten = false;
    int frames = 0;

    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;       ///< the codec's input (yuv420p)
    AVFrame *rgb = nullptr;         ///< a QImage copied for the filter graphs (GIF)
    AVPacket *packet = nullptr;
    SwsContext *scale = nullptr;

    // GIF: pass 1 collects colour statistics, pass 2 maps frames to the palette.
    std::unique_ptr<FilterGraph> paletteGen;
    std::unique_ptr<FilterGraph> paletteUse;
    int samples = 0;

    ~Private() { release(); }

    bool fail(const QString &why, bool io = false)
    {
        if (error.isEmpty()) {
            error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(target), why);
            writeError = io;
        }
        return false;
    }

    // The muxer keeps packets queued for interleaving until the trailer is written: a file given up
    // after its header still needs the trailer call, or those packets are never freed.
    void flushMuxerQueue()
    {
        if (format && format->pb && headerWritten && !trailerWritten) {
            av_write_trailer(format);
            trailerWritten = true;
        }
    }

    void release()
    {
        flushMuxerQueue();
        if (format && format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
        format = nullptr;
        avcodec_free_context(&codec);
        av_frame_free(&frame);
        av_frame_free(&rgb);
        av_packet_free(&packet);
        sws_freeContext(scale);
        scale = nullptr;
        headerWritten = false;
        trailerWritten = false;
        paletteGen.reset();
        paletteUse.reset();
    }

    void removeTemporary()
    {
        if (!temporary.isEmpty())
            QFile::remove(temporary);
    }

    std::unique_ptr<FilterGraph> makeGraph(const char *description, bool withPalette)
    {
        auto g = std::make_unique<FilterGraph>();
        g->graph = avfilter_graph_alloc();
        if (!g->graph)
            return nullptr;
        // The graph runs in the caller's thread; threads of its own would only add start-up cost.
        g->graph->nb_threads = 1;
        const QByteArray args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=1/%4:pixel_aspect=1/1")
                                    .arg(settings.size.width())
                                    .arg(settings.size.height())
                                    .arg(int(kQImageFormat))
                                    .arg(settings.fps)
                                    .toLatin1();
        const AVFilter *buffer = avfilter_get_by_name("buffer");
        if (avfilter_graph_create_filter(&g->source, buffer, "in", args.constData(), nullptr, g->graph) < 0)
            return nullptr;
        if (withPalette) {
            const QByteArray palArgs =
                QStringLiteral("video_size=16x16:pix_fmt=%1:time_base=1/%2:pixel_aspect=1/1")
                    .arg(int(kQImageFormat))
                    .arg(settings.fps)
                    .toLatin1();
            if (avfilter_graph_create_filter(&g->palette, buffer, "pal", palArgs.constData(), nullptr, g->graph) < 0)
                return nullptr;
        }
        if (avfilter_graph_create_filter(&g->sink, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr,
                                         g->graph)
            < 0)
            return nullptr;

        AVFilterInOut *outputs = avfilter_inout_alloc();
        AVFilterInOut *inputs = avfilter_inout_alloc();
        AVFilterInOut *palOut = withPalette ? avfilter_inout_alloc() : nullptr;
        if (!outputs || !inputs || (withPalette && !palOut)) {
            avfilter_inout_free(&outputs);
            avfilter_inout_free(&inputs);
            avfilter_inout_free(&palOut);
            return nullptr;
        }
        outputs->name = av_strdup("in");
        outputs->filter_ctx = g->source;
        outputs->pad_idx = 0;
        outputs->next = palOut;
        if (palOut) {
            palOut->name = av_strdup("pal");
            palOut->filter_ctx = g->palette;
            palOut->pad_idx = 0;
            palOut->next = nullptr;
        }
        inputs->name = av_strdup("out");
        inputs->filter_ctx = g->sink;
        inputs->pad_idx = 0;
        inputs->next = nullptr;
        const int rc = avfilter_graph_parse_ptr(g->graph, description, &inputs, &outputs, nullptr);
        avfilter_inout_free(&inputs);
        avfilter_inout_free(&outputs);
        if (rc < 0 || avfilter_graph_config(g->graph, nullptr) < 0)
            return nullptr;
        return g;
    }

    /// Copies `image` (already of the clip's size, RGB32) into `rgb`, a frame the graphs may keep.
    bool toRgbFrame(const QImage &image, int pts)
    {
        av_frame_unref(rgb);
        rgb->format = kQImageFormat;
        rgb->width = image.width();
        rgb->height = image.height();
        if (av_frame_get_buffer(rgb, 0) < 0)
            return fail(QStringLiteral("out of memory"));
        av_image_copy_plane(rgb->data[0], rgb->linesize[0], image.constBits(), int(image.bytesPerLine()),
                            image.width() * 4, image.height());
        rgb->pts = pts;
        return true;
    }

    QImage prepared(const QImage &in) const
    {
        QImage image = in.size() == settings.size ? in
                                                  : in.scaled(settings.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
            image = image.convertToFormat(QImage::Format_RGB32);
        return image;
    }

    bool writePackets()
    {
        for (;;) {
            const int rc = avcodec_receive_packet(codec, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return true;
            if (rc < 0)
                return fail(QStringLiteral("cannot encode (%1)").arg(avError(rc)));
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            const int w = av_interleaved_write_frame(format, packet);
            av_packet_unref(packet);
            if (w < 0)
                return fail(QStringLiteral("cannot be written (%1)").arg(avError(w)), true);
        }
    }

    bool encode(AVFrame *f)
    {
        const int rc = avcodec_send_frame(codec, f);
        if (rc < 0 && rc != AVERROR_EOF)
            return fail(QStringLiteral("cannot encode (%1)").arg(avError(rc)));
        return writePackets();
    }

    /// Pulls every frame the palette graph has ready and encodes it.
    bool drainPaletteUse()
    {
        for (;;) {
            AVFrame *out = av_frame_alloc();
            const int rc = av_buffersink_get_frame(paletteUse->sink, out);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) {
                av_frame_free(&out);
                return true;
            }
            if (rc < 0) {
                av_frame_free(&out);
                return fail(QStringLiteral("cannot map the frames to the palette (%1)").arg(avError(rc)));
            }
            out->pts = frames;
            const bool ok = encode(out);
            av_frame_free(&out);
            if (!ok)
                return false;
            ++frames;
        }
    }

    /// Ends pass 1: takes the palette from palettegen and builds the paletteuse graph.
    bool startPaletteUse()
    {
        if (samples == 0)
            return fail(QStringLiteral("no frame to choose the GIF palette from"));
        if (av_buffersrc_add_frame(paletteGen->source, nullptr) < 0)
            return fail(QStringLiteral("cannot compute the GIF palette"));
        AVFrame *palette = av_frame_alloc();
        const int rc = av_buffersink_get_frame(paletteGen->sink, palette);
        paletteGen.reset();
        if (rc < 0) {
            av_frame_free(&palette);
            return fail(QStringLiteral("cannot compute the GIF palette (%1)").arg(avError(rc)));
        }
        // No dithering: the views are flat colours and text, which the palette holds exactly;
        // dither noise would only make every frame differ from the last and the file larger.
        // diff_mode=rectangle maps only what changed since the previous frame.
        paletteUse = makeGraph("[in][pal]paletteuse=dither=none:diff_mode=rectangle[out]", true);
        if (!paletteUse) {
            av_frame_free(&palette);
            return fail(QStringLiteral("cannot set up the GIF palette filter (FFmpeg's paletteuse)"));
        }
        palette->pts = 0;
        const int add = av_buffersrc_add_frame(paletteUse->palette, palette);
        av_frame_free(&palette);
        if (add < 0 || av_buffersrc_add_frame(paletteUse->palette, nullptr) < 0)
            return fail(QStringLiteral("cannot set up the GIF palette filter"));
        return true;
    }
};

VideoEncoder::VideoEncoder() : d(std::make_unique<Private>()) {}

VideoEncoder::~VideoEncoder()
{
    if (d->opened)
        abort();
}

std::optional<VideoFormat> VideoEncoder::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return VideoFormat::Mp4;
    if (suffix == QLatin1String("webm"))
        return VideoFormat::WebM;
    if (suffix == QLatin1String("gif"))
        return VideoFormat::Gif;
    return std::nullopt;
}

QString VideoEncoder::extension(VideoFormat format) { return QLatin1String(muxerName(format)); }

bool VideoEncoder::isAvailable(VideoFormat format)
{
    if (!avcodec_find_encoder_by_name(encoderName(format)) || !av_guess_format(muxerName(format), nullptr, nullptr))
        return false;
    if (format == VideoFormat::Gif)
        return avfilter_get_by_name("palettegen") && avfilter_get_by_name("paletteuse");
    return true;
}

QString VideoEncoder::checkSettings(const VideoSettings &s)
{
    if (s.size.width() < 16 || s.size.height() < 16 || s.size.width() > 7680 || s.size.height() > 4320)
        return QStringLiteral("size %1x%2 out of range (16x16 to 7680x4320)").arg(s.size.width()).arg(s.size.height());
    if (s.format != VideoFormat::Gif && (s.size.width() % 2 || s.size.height() % 2))
        return QStringLiteral("size %1x%2: width and height must be even for %3")
            .arg(s.size.width())
            .arg(s.size.height())
            .arg(extension(s.format).toUpper());
    if (s.fps < 1 || s.fps > 120)
        return QStringLiteral("%1 frames per second out of range (1 to 120)").arg(s.fps);
    return {};
}

bool VideoEncoder::open(const QString &path, const VideoSettings &s)
{
    // FFmpeg's own log (codec banners, statistics) would read as problems on stderr; failures
    // come back as return codes and are reported with the file's name.
    static const bool quiet = [] {
        av_log_set_level(AV_LOG_ERROR);
        return true;
    }();
    Q_UNUSED(quiet);
    d->settings = s;
    d->target = path;
    if (const QString bad = checkSettings(s); !bad.isEmpty())
        return d->fail(bad);
    if (!isAvailable(s.format))
        return d->fail(QStringLiteral("this build's FFmpeg has no %1 encoder").arg(QLatin1String(encoderName(s.format))));

    // A hidden temporary name in the target's folder, so that the rename stays on one file system.
    const QFileInfo info(path);
    d->temporary = info.dir().filePath(QStringLiteral(".%1.%2.part")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));

    const QByteArray tmpName = QFile::encodeName(d->temporary);
    if (avformat_alloc_output_context2(&d->format, nullptr, muxerName(s.format), tmpName.constData()) < 0 || !d->format)
        return d->fail(QStringLiteral("cannot set up the %1 container").arg(extension(s.format).toUpper()));
    const AVCodec *codec = avcodec_find_encoder_by_name(encoderName(s.format));
    d->stream = avformat_new_stream(d->format, nullptr);
    d->codec = avcodec_alloc_context3(codec);
    d->packet = av_packet_alloc();
    d->frame = av_frame_alloc();
    d->rgb = av_frame_alloc();
    if (!d->stream || !d->codec || !d->packet || !d->frame || !d->rgb)
        return d->fail(QStringLiteral("out of memory"));

    AVCodecContext *c = d->codec;
    c->width = s.size.width();
    c->height = s.size.height();
    c->time_base = AVRational{1, s.fps};
    c->framerate = AVRational{s.fps, 1};
    c->sample_aspect_ratio = AVRational{1, 1};
    AVDictionary *options = nullptr;
    if (s.format == VideoFormat::Gif) {
        c->pix_fmt = AV_PIX_FMT_PAL8;
    } else {
        c->pix_fmt = AV_PIX_FMT_YUV420P;
        // HD video is BT.709 in limited range; saying so keeps players from shifting the colours.
        c->colorspace = AVCOL_SPC_BT709;
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
        c->color_range = AVCOL_RANGE_MPEG;
        c->gop_size = s.fps * 2;   // a key frame every 2 s: seeking in a slide stays quick
        c->thread_count = 0;       // the codec's own threads, as many as there are cores
        if (s.format == VideoFormat::Mp4) {
            // veryfast keeps a 1080p clip faster than real time on two cores; crf 20 keeps the
            // text of the views sharp. Profile high with yuv420p plays in every browser and
            // presentation program.
            av_dict_set(&options, "preset", "veryfast", 0);
            av_dict_set(&options, "crf", "20", 0);
            av_dict_set(&options, "profile", "high", 0);
        } else {
            // VP9's real-time mode with row multithreading: the good-quality modes take many
            // times longer for views whose frames mostly repeat the last one.
            av_dict_set(&options, "deadline", "realtime", 0);
            av_dict_set(&options, "cpu-used", "8", 0);
            av_dict_set(&options, "row-mt", "1", 0);
            av_dict_set(&options, "crf", "32", 0);
            av_dict_set(&options, "b", "0", 0);
        }
    }
    if (d->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    const int rc = avcodec_open2(c, codec, &options);
    av_dict_free(&options);
    if (rc < 0)
        return d->fail(QStringLiteral("cannot open the %1 encoder (%2)").arg(QLatin1String(encoderName(s.format)), avError(rc)));
    if (avcodec_parameters_from_context(d->stream->codecpar, c) < 0)
        return d->fail(QStringLiteral("out of memory"));
    d->stream->time_base = c->time_base;
    d->stream->avg_frame_rate = c->framerate;

    if (s.format == VideoFormat::Gif) {
        // stats_mode=full: the colours of every sample count, weighted by how often they occur.
        d->paletteGen = d->makeGraph("[in]palettegen=max_colors=256:stats_mode=full[out]", false);
        if (!d->paletteGen)
            return d->fail(QStringLiteral("cannot set up the GIF palette filter (FFmpeg's palettegen)"));
    } else {
        d->frame->format = c->pix_fmt;
        d->frame->width = c->width;
        d->frame->height = c->height;
        if (av_frame_get_buffer(d->frame, 0) < 0)
            return d->fail(QStringLiteral("out of memory"));
        d->scale = sws_getContext(c->width, c->height, kQImageFormat, c->width, c->height, c->pix_fmt, SWS_BILINEAR,
                                  nullptr, nullptr, nullptr);
        if (!d->scale)
            return d->fail(QStringLiteral("cannot set up the colour conversion"));
        const int *coefficients = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(d->scale, coefficients, 1, coefficients, 0, 0, 1 << 16, 1 << 16);
    }

    // "file:" so that a name with a colon is not taken for a protocol.
    const QByteArray url = "file:" + tmpName;
    d->opened = true;
    if (const int orc = avio_open(&d->format->pb, url.constData(), AVIO_FLAG_WRITE); orc < 0) {
        d->temporary.clear();   // nothing was created
        d->opened = false;
        return d->fail(QStringLiteral("cannot be written (%1)").arg(avError(orc)), true);
    }
    AVDictionary *muxOptions = nullptr;
    if (s.format == VideoFormat::Mp4)
        av_dict_set(&muxOptions, "movflags", "+faststart", 0);
    if (s.format == VideoFormat::Gif)
        av_dict_set(&muxOptions, "loop", "0", 0);   // 0: for ever
    // No creation time or encoder version that changes between runs: one clip, one file.
    av_dict_set(&d->format->metadata, "encoder", "lambda-explorer", 0);
    d->format->flags |= AVFMT_FLAG_BITEXACT;
    const int hrc = avformat_write_header(d->format, &muxOptions);
    av_dict_free(&muxOptions);
    if (hrc < 0) {
        abort();
        return d->fail(QStringLiteral("cannot be written (%1)").arg(avError(hrc)), true);
    }
    d->headerWritten = true;
    return true;
}

bool VideoEncoder::wantsPaletteSamples() const { return d->paletteGen != nullptr; }

bool VideoEncoder::addPaletteSample(const QImage &in)
{
    if (!d->opened || !d->error.isEmpty())
        return false;
    if (!d->paletteGen)
        return true;
    const QImage image = d->prepared(in);
    if (!d->toRgbFrame(image, d->samples))
        return false;
    const int rc = av_buffersrc_add_frame(d->paletteGen->source, d->rgb);
    if (rc < 0)
        return d->fail(QStringLiteral("cannot compute the GIF palette (%1)").arg(avError(rc)));
    ++d->samples;
    return true;
}

bool VideoEncoder::addFrame(const QImage &in)
{
    if (!d->opened || !d->error.isEmpty())
        return false;
    const QImage image = d->prepared(in);
    if (d->settings.format == VideoFormat::Gif) {
        if (d->paletteGen && !d->startPaletteUse())
            return false;
        if (!d->toRgbFrame(image, d->frames))
            return false;
        const int rc = av_buffersrc_add_frame(d->paletteUse->source, d->rgb);
        if (rc < 0)
            return d->fail(QStringLiteral("cannot map the frames to the palette (%1)").arg(avError(rc)));
        return d->drainPaletteUse();
    }
    if (av_frame_make_writable(d->frame) < 0)
        return d->fail(QStringLiteral("out of memory"));
    const uint8_t *src[1] = {image.constBits()};
    const int stride[1] = {int(image.bytesPerLine())};
    sws_scale(d->scale, src, stride, 0, image.height(), d->frame->data, d->frame->linesize);
    d->frame->pts = d->frames;
    if (!d->encode(d->frame))
        return false;
    ++d->frames;
    return true;
}

bool VideoEncoder::finish()
{
    if (!d->opened)
        return false;
    bool ok = d->error.isEmpty();
    if (ok && d->settings.format == VideoFormat::Gif) {
        if (d->paletteGen)
            ok = d->fail(QStringLiteral("no frame was recorded"));
        else
            ok = av_buffersrc_add_frame(d->paletteUse->source, nullptr) >= 0 && d->drainPaletteUse();
    }
    if (ok && d->frames == 0)
        ok = d->fail(QStringLiteral("no frame was recorded"));
    if (ok)
        ok = d->encode(nullptr);   // flush the frames the codec holds back
    if (ok) {
        const int rc = av_write_trailer(d->format);
        d->trailerWritten = true;
        if (rc < 0)
            ok = d->fail(QStringLiteral("cannot be written (%1)").arg(avError(rc)), true);
    }
    if (!ok)
        d->flushMuxerQueue();
    if (d->format && d->format->pb) {
        if (const int rc = avio_closep(&d->format->pb); rc < 0 && ok)
            ok = d->fail(QStringLiteral("cannot be written (%1)").arg(avError(rc)), true);
    }
    if (ok) {
        // rename(2) replaces an existing file in one step; QFile::rename would refuse it.
        if (std::rename(QFile::encodeName(d->temporary).constData(), QFile::encodeName(d->target).constData()) != 0)
            ok = d->fail(QStringLiteral("cannot be written (cannot rename %1 into place)")
                             .arg(QFileInfo(d->temporary).fileName()),
                         true);
    }
    if (!ok)
        d->removeTemporary();
    d->temporary.clear();
    d->release();
    d->opened = false;
    return ok;
}

void VideoEncoder::abort()
{
    d->release();   // closes the file before it is removed
    d->removeTemporary();
    d->temporary.clear();
    d->opened = false;
}

int VideoEncoder::framesWritten() const { return d->frames; }
const VideoSettings &VideoEncoder::settings() const { return d->settings; }
QString VideoEncoder::errorString() const { return d->error; }
bool VideoEncoder::isWriteError() const { return d->writeError; }

}  // namespace lle
