// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

#include <functional>

class QApplication;
class QImage;
class QWidget;

namespace lle {

/// What every screenshot tool shares: its arguments (DIR [ko|en] [dark]), the language and palette
/// they choose, and pictures saved as DIR/NAME-LANG[-dark].png. A tool stops with a message on
/// stderr and exit status 1 when a picture cannot be made; it asserts nothing else.
class ScreenshotSession {
public:
    /// Reads the arguments of `app`; prints the usage of `tool` and exits 2 when they are wrong.
    ScreenshotSession(const QApplication &app, const char *tool);

    [[noreturn]] void fail(const char *what) const;
    /// Processes events until `done` holds, or fails with `what` after `timeoutMs`.
    void waitFor(const std::function<bool()> &done, const char *what, int timeoutMs = 120'000) const;

    QString fileFor(const QString &name) const;
    void save(const QImage &image, const QString &name) const;
    /// The widget as it is drawn once the queued replots have run.
    void save(QWidget *widget, const QString &name) const;

    QString language() const { return m_language; }
    bool dark() const { return m_dark; }

    /// Sets QT_QPA_PLATFORM=offscreen unless a platform is chosen; call before QApplication exists.
    static void preferOffscreen();

private:
    const char *m_tool;
    QDir m_dir;
    QString m_language;
    bool m_dark = false;
};

}  // namespace lle
