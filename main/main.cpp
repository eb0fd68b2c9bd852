// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: one executable for the window and the headless runner.
#include "aboutinfo.h"
#include "calibrationrunner.h"
#include "clipframes.h"
#include "commandline.h"
#include "explorerapp.h"
#include "headlessrunner.h"
#include "headlessvideo.h"
#include "language.h"
#include "palette.h"
#include "scenarioio.h"
#include "studyrunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>

#include <cstdio>

namespace {

QtMessageHandler g_defaultMessages = nullptr;

/// Headless drawing needs a GUI platform, whose start-up warns about a desktop session it does
/// not need (XDG_RUNTIME_DIR in a CI container or over ssh): that line would read as a problem
/// with the run. Every other message goes through.
void quietHeadlessMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_defaultMessages)
        g_defaultMessages(type, context, message);
}

/// The window follows the desktop's light or dark palette (the platform theme supplies it).
/// LLE_PALETTE=dark or =light forces one, in the Fusion style, to rehearse or check both on any
/// desktop; exported images stay light either way.
void applyPaletteOverride()
{
    const QString forced = qEnvironmentVariable("LLE_PALETTE").toLower();
    if (forced != QLatin1String("dark") && forced != QLatin1String("light"))
        return;
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    if (!fusion)
        return;
    QApplication::setStyle(fusion);
    QApplication::setPalette(forced == QLatin1String("dark") ? lle::Palette::darkPalette() : fusion->standardPalette());
}

int writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    // A closed pipe or a full disk behind a redirection must not pass for success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        lle::printErrorLine(QStringLiteral("cannot write to standard output"));
        return lle::ExitIoError;
    }
    return lle::ExitOk;
}

}  // namespace

int main(int argc, char **argv)
{
    // The arguments are read before any application object exists: only the window needs a
    // display, and --headless, --help and friends must run where there is none.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const lle::CommandLineResult parsed = lle::parseCommandLine(arguments);
    if (!parsed.ok()) {
        lle::printErrorLine(parsed.error);
        return lle::ExitBadInput;
    }
    const lle::CommandLine &c = parsed.commandLine;

    switch (c.mode) {
    case lle::CommandLine::Mode::Help:
        return writeStdout(lle::helpText().toLocal8Bit());
    case lle::CommandLine::Mode::Version:
        return writeStdout((lle::versionText() + QLatin1Char('\n')).toLocal8Bit());
    case lle::CommandLine::Mode::PrintDefaultScenario: {
        const std::string text = lle::writeScenario(lle::defaultScenario());
        return writeStdout(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    }
    case lle::CommandLine::Mode::Calibrate: {
        QCoreApplication app(argc, argv);
        return lle::runCalibration(c);
    }
    case lle::CommandLine::Mode::RunJob: {
        QCoreApplication app(argc, argv);
        return lle::runStudyJobHeadless(c);
    }
    case lle::CommandLine::Mode::Merge:
    case lle::CommandLine::Mode::Headless: {
        if (!c.videoPath.isEmpty()) {
            // A clip is drawn with the window's views, offscreen, as --png draws its plots.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_defaultMessages = qInstallMessageHandler(quietHeadlessMessages);
            QApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("lambda-explorer"));
            QCoreApplication::setApplicationVersion(QStringLiteral(LLE_VERSION));
            // The captions are in English unless --lang asks for the window's other language.
            QLocale::setDefault(c.lang == QLatin1String("ko") ? QLocale(QLocale::Korean)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates));
            // English plurals ("1 environment") come from the English translation too.
            lle::installTranslator(c.lang.isEmpty() ? QStringLiteral("en") : c.lang);
            return lle::runHeadlessVideo(c, [](lle::RunPtr run, const lle::ClipSpec &spec) {
                return lle::ClipFrames::source(std::move(run), spec);
            });
        }
        const bool merge = c.mode == lle::CommandLine::Mode::Merge;
        if (c.png || !c.reportDir.isEmpty()) {
            // The plots are QCustomPlot widgets drawn into images: they need a QApplication, on the
            // offscreen platform so that no display is needed (and none is used if there is one).
            // Plain --headless runs keep to QCoreApplication.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_defaultMessages = qInstallMessageHandler(quietHeadlessMessages);
            QApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("lambda-explorer"));
            QCoreApplication::setApplicationVersion(QStringLiteral(LLE_VERSION));
            // Headless plots and pages are in English with English numbers, whatever the system says.
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            const lle::PlotRenderers renderers = lle::headlessRenderers();
            return merge ? lle::runStudyMergeHeadless(c, renderers.sweep) : lle::runHeadless(c, renderers);
        }
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lambda-explorer"));
        QCoreApplication::setApplicationVersion(QStringLiteral(LLE_VERSION));
        return merge ? lle::runStudyMergeHeadless(c, {}) : lle::runHeadless(c);
    }
    case lle::CommandLine::Mode::Window:
        break;
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt would abort with a page about platform plugins; say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        lle::printErrorLine(QStringLiteral("the window needs a display (DISPLAY and WAYLAND_DISPLAY are not set); "
                                           "without one, run --headless SCENARIO.json --out DIR"));
        return lle::ExitFailure;
    }
#endif
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lambda-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LLE_VERSION));
    // The desktop entry this is: docks and task bars match the window to its menu entry and icon by
    // it (the Wayland app id); the icon is the installed one from the theme.
    QGuiApplication::setDesktopFileName(lle::aboutInfo().desktopId);
    QApplication::setWindowIcon(QIcon::fromTheme(lle::aboutInfo().desktopId));
    applyPaletteOverride();
    if (!c.lang.isEmpty()) {
        // The window picks its translation from the default locale.
        QLocale::setDefault(QLocale(c.lang == QLatin1String("ko") ? QLocale::Korean : QLocale::English));
    }
    return lle::runExplorerWindow(c.scenarioPath);
}
