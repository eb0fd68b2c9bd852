// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotsession.h"

#include "language.h"
#include "palette.h"

#include <QApplication>
#include <QImage>
#include <QTest>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace lle {

void ScreenshotSession::preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

ScreenshotSession::ScreenshotSession(const QApplication &app, const char *tool)
    : m_tool(tool)
{
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: %s DIR [ko|en] [dark]\n", tool);
        std::exit(2);
    }
    m_dir = QDir(args.first());
    if (!QDir().mkpath(m_dir.path()))
        fail("cannot create the output folder");
    m_language = setApplicationLanguage(args.contains(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en"));
    m_dark = args.contains(QLatin1String("dark"));
    if (m_dark)
        QApplication::setPalette(Palette::darkPalette());
}

void ScreenshotSession::fail(const char *what) const
{
    std::fprintf(stderr, "%s: %s\n", m_tool, what);
    std::exit(1);
}

void ScreenshotSession::waitFor(const std::function<bool()> &done, const char *what, int timeoutMs) const
{
    if (!QTest::qWaitFor(done, timeoutMs))
        fail(what);
}

QString ScreenshotSession::fileFor(const QString &name) const
{
    return m_dir.filePath(name + QLatin1Char('-') + m_language + (m_dark ? QStringLiteral("-dark") : QString())
                          + QStringLiteral(".png"));
}

void ScreenshotSession::save(const QImage &image, const QString &name) const
{
    const QString file = fileFor(name);
    if (!image.save(file, "PNG"))
        fail("cannot write a picture");
    std::printf("%s\n", qPrintable(file));
}

void ScreenshotSession::save(QWidget *widget, const QString &name) const
{
    QTest::qWait(50);   // let the queued replots draw
    save(widget->grab().toImage(), name);
}

}  // namespace lle
