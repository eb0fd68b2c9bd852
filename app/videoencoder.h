// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace lle {

/// The containers and codecs a clip can be written in.
enum class VideoFormat {
    Mp4,    ///< H.264 (libx264), yuv420p, in MP4 with the index at the front (plays while loading)
    WebM,   ///< VP9 (libvpx-vp9), yuv420p, in WebM
    Gif,    ///< one palette of 256 colours chosen from the clip (palettegen), looping forever
};

struct VideoSettings {
    VideoFormat format = VideoFormat::Mp4;
    QSize size{1920, 1080};   ///< even width and height (4:2:0 video needs them)
    int fps = 30;
};

/// Writes a clip frame by frame with FFmpeg's libraries (libavcodec, libavformat, libswscale,
/// libavfilter for the GIF palette). Frames are streamed: each one is converted and handed to
/// the codec when it comes, so memory does not grow with the length of the clip.
///
/// The file is written under a temporary name beside the target and renamed to it by finish();
/// abort(), a failure or destroying an unfinished encoder removes the temporary file, so the
/// target is never left half-written. Knows no widgets: frames arrive as QImages. One thread at
/// a time (not necessarily the GUI thread).
///
/// GIF is written in two passes over the same frames: the palette is computed from sample frames
/// given to addPaletteSample() before the first addFrame() (the caller renders them; frames are
/// deterministic, so a sample equals the frame written later).
class VideoEncoder {
public:
    VideoEncoder();
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    /// The format a file name asks for by its extension (.mp4, .webm, .gif; any case), or none.
    static std::optional<VideoFormat> formatForPath(const QString &path);
    /// "mp4", "webm", "gif".
    static QString extension(VideoFormat format);
    /// Whether this build's FFmpeg has the encoder the format needs.
    static bool isAvailable(VideoFormat format);
    /// Checks settings before anything is opened; an empty string when they are fine.
    static QString checkSettings(const VideoSettings &settings);

    /// Creates the temporary file and opens the codec. False (errorString) when the folder cannot
    /// be written (isWriteError()) or the codec cannot be opened.
    bool open(const QString &path, const VideoSettings &settings);
    /// GIF only: whether palette samples are still wanted (before the first frame).
    bool wantsPaletteSamples() const;
    /// GIF only: a frame the palette is computed from. Ignored by other formats.
    bool addPaletteSample(const QImage &frame);
    /// Appends one frame (scaled to the clip's size if it differs; normally it is drawn at it).
    bool addFrame(const QImage &frame);
    /// Flushes the codec, writes the container's index and renames the file into place.
    bool finish();
    /// Removes the temporary file; the target is untouched.
    void abort();

    int framesWritten() const;
    const VideoSettings &settings() const;
    /// The first failure: "FILE: why".
    QString errorString() const;
    /// The failure was the file system's (cannot create, write or rename the file): exit status 3.
    bool isWriteError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace lle
