// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a written clip back with the same FFmpeg libraries that wrote it: what a player sees.

#include <QFile>
#include <QImage>
#include <QList>
#include <QString>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <vector>

namespace lle::test {

struct VideoProbe {
    bool ok = false;
    QString error;
    QString container;     ///< the demuxer's name ("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "gif")
    QString codec;         ///< "h264", "vp9", "gif"
    int frames = 0;        ///< frames decoded
    int width = 0, height = 0;
    double fps = 0;        ///< the stream's average frame rate (0 when the container has none)
    double durationS = 0;  ///< the sum of the packets' durations
    std::vector<QImage> kept;   ///< the frames asked for, in RGB32, in the order of `keep`
};

inline VideoProbe probeVideo(const QString &path, const QList<int> &keep = {})
{
    VideoProbe r;
    AVFormatContext *fmt = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (avformat_open_input(&fmt, name.constData(), nullptr, nullptr) < 0) {
        r.error = QStringLiteral("cannot open");
        return r;
    }
    if (avformat_find_stream_info(fmt, nullptr) < 0) {
        avformat_close_input(&fmt);
        r.error = QStringLiteral("no stream info");
        return r;
    }
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || !decoder) {
        avformat_close_input(&fmt);
        r.error = QStringLiteral("no video stream");
        return r;
    }
    AVStream *st = fmt->streams[index];
    r.container = QString::fromLatin1(fmt->iformat->name);
    r.codec = QString::fromLatin1(decoder->name);
    r.fps = st->avg_frame_rate.den ? av_q2d(st->avg_frame_rate) : 0;
    AVCodecContext *ctx = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(ctx, st->codecpar);
    ctx->thread_count = 1;
    if (avcodec_open2(ctx, decoder, nullptr) < 0) {
        avcodec_free_context(&ctx);
        avformat_close_input(&fmt);
        r.error = QStringLiteral("cannot open the decoder");
        return r;
    }
    r.kept.resize(static_cast<std::size_t>(keep.size()));
    AVPacket *pkt = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    int64_t durationTicks = 0;
    auto receive = [&] {
        while (avcodec_receive_frame(ctx, frame) == 0) {
            r.width = frame->width;
            r.height = frame->height;
            for (qsizetype k = 0; k < keep.size(); ++k) {
                if (keep[k] != r.frames)
                    continue;
                QImage image(frame->width, frame->height, QImage::Format_RGB32);
                SwsContext *sws = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format),
                                                 frame->width, frame->height, AV_PIX_FMT_RGB32, SWS_BILINEAR,
                                                 nullptr, nullptr, nullptr);
                // Convert as a player does: with the colour matrix the stream says it uses.
                if (frame->colorspace != AVCOL_SPC_UNSPECIFIED) {
                    const int *coefficients = sws_getCoefficients(frame->colorspace);
                    sws_setColorspaceDetails(sws, coefficients, frame->color_range == AVCOL_RANGE_JPEG, coefficients,
                                             1, 0, 1 << 16, 1 << 16);
                }
                uint8_t *dst[1] = {image.bits()};
                const int stride[1] = {int(image.bytesPerLine())};
                sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
                sws_freeContext(sws);
                r.kept[static_cast<std::size_t>(k)] = image;
            }
            ++r.frames;
        }
    };
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == index) {
            durationTicks += pkt->duration;
            avcodec_send_packet(ctx, pkt);
            receive();
        }
        av_packet_unref(pkt);
    }
    avcodec_send_packet(ctx, nullptr);
    receive();
    r.durationS = double(durationTicks) * av_q2d(st->time_base);
    av_frame_free(&frame);
    av_packet_free(&pkt);
    avcodec_free_context(&ctx);
    avformat_close_input(&fmt);
    r.ok = true;
    return r;
}

}  // namespace lle::test
