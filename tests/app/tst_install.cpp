// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` of this build into a temporary prefix: every file a desktop needs is there,
// the desktop file and the AppStream metainfo pass their validators (when installed), and the man
// page says what --help says. The Debian package is built from this same tree (scripts/package);
// building it is too slow for ctest.
#include "aboutinfo.h"
#include "explorerprocess.h"
#include "scenariofile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace lle;

namespace {

struct ProcessResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray output;  // stdout and stderr together, for failure messages
};

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DESTDIR"));  // would move the install tree somewhere else
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAll();
    return r;
}

// The option lines of --help: "  --out DIR    folder for the output files" -> ("--out DIR", "folder …").
QList<QPair<QString, QString>> helpOptions(const QString &help)
{
    QList<QPair<QString, QString>> options;
    bool inOptions = false;
    static const QRegularExpression line(QStringLiteral(R"(^  (-\S+(?: \S+)?)  +(\S.*)$)"));
    for (const QString &l : help.split(QLatin1Char('\n'))) {
        if (l == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (!inOptions)
            continue;
        if (l.trimmed().isEmpty())
            break;
        if (const auto m = line.match(l); m.hasMatch())
            options.append({m.captured(1), m.captured(2).trimmed()});
        else if (!options.isEmpty())
            options.last().second += QLatin1Char(' ') + l.trimmed();  // a wrapped description
    }
    return options;
}

// Roff source to plain text, for the escapes make-manpage writes.
QString unroff(QString s)
{
    static const QRegularExpression fonts(QStringLiteral(R"(\\f[BIRP])"));
    s.remove(fonts);
    s.replace(QLatin1String("\\-"), QLatin1String("-"));
    s.replace(QLatin1String("\\&"), QString());
    s.replace(QLatin1String("\\e"), QLatin1String("\\"));
    return s;
}

// The OPTIONS section of the man page: each ".TP", then the option line, then its description.
QList<QPair<QString, QString>> manOptions(const QString &man)
{
    QList<QPair<QString, QString>> options;
    const QStringList lines = man.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral(".SH OPTIONS"));
    if (start < 0)
        return options;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(QLatin1String(".SH")); ++i) {
        if (lines[i] == QLatin1String(".TP") && i + 2 < lines.size())
            options.append({unroff(lines[i + 1]), unroff(lines[i + 2])});
    }
    return options;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(test::readAll(path));
}

}  // namespace

class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void files_data();
    void files();
    void examples();
    void installedProgramRuns();
    void desktopFile();
    void desktopFileValidates();
    void metainfo();
    void metainfoValidates();
    void icon();
    void manPageMatchesHelp();

private:
    QString path(const QString &relative) const { return m_prefix.filePath(relative); }
    QString desktopFilePath() const
    {
        return path(QStringLiteral("share/applications/%1.desktop").arg(aboutInfo().desktopId));
    }
    QString metainfoPath() const
    {
        return path(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(aboutInfo().desktopId));
    }

    QTemporaryDir m_tmp;
    QDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_prefix = QDir(m_tmp.filePath(QStringLiteral("prefix")));
    const ProcessResult r = runProcess(QStringLiteral(LLE_CMAKE_COMMAND),
                                       {QStringLiteral("--install"), QStringLiteral(LLE_BUILD_DIR),
                                        QStringLiteral("--prefix"), m_prefix.absolutePath()});
    QVERIFY2(r.finished && r.exitCode == 0, r.output.constData());
}

void TestInstall::files_data()
{
    const QString id = aboutInfo().desktopId;
    QTest::addColumn<QString>("file");
    QTest::newRow("executable") << QStringLiteral("bin/lambda-explorer");
    QTest::newRow("desktop file") << QStringLiteral("share/applications/%1.desktop").arg(id);
    QTest::newRow("icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(id);
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id);
    QTest::newRow("man page") << QStringLiteral("share/man/man1/lambda-explorer.1");
    QTest::newRow("copyright") << QStringLiteral("share/doc/lambda-explorer/copyright");
    QTest::newRow("licence") << QStringLiteral("share/doc/lambda-explorer/LICENSE");
    QTest::newRow("example") << QStringLiteral("share/lambda-explorer/examples/default.json");
    // The offline user guide, the same files Help → User guide shows.
    QTest::newRow("guide en") << QStringLiteral("share/doc/lambda-explorer/guide_en.html");
    QTest::newRow("guide ko") << QStringLiteral("share/doc/lambda-explorer/guide_ko.html");
}

void TestInstall::files()
{
    QFETCH(QString, file);
    const QFileInfo info(path(file));
    QVERIFY2(info.isFile(), qPrintable(info.filePath() + QStringLiteral(" is missing")));
    QVERIFY(info.size() > 0);
    if (file.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
}

void TestInstall::examples()
{
    // Every scenario of resources/scenarios is installed as an example, and each one is valid.
    // default.json there is a stub; the installed one is what --print-default-scenario prints.
    QStringList expected = QDir(QStringLiteral(LLE_SCENARIO_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
    if (!expected.contains(QStringLiteral("default.json")))
        expected.append(QStringLiteral("default.json"));
    expected.sort();
    const QDir examples(path(QStringLiteral("share/lambda-explorer/examples")));
    QCOMPARE(examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name), expected);
    for (const QString &name : std::as_const(expected)) {
        const ScenarioFile loaded = loadScenarioFile(examples.filePath(name));
        QVERIFY2(loaded.status == ScenarioFile::Status::Ok,
                 qPrintable(loaded.messages.join(QLatin1Char('\n'))));
    }
    const test::ExplorerRun printed = test::runExplorer({QStringLiteral("--print-default-scenario")});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(test::readAll(examples.filePath(QStringLiteral("default.json"))), printed.out);
}

void TestInstall::installedProgramRuns()
{
    const ProcessResult installed = runProcess(path(QStringLiteral("bin/lambda-explorer")), {QStringLiteral("--version")});
    QVERIFY2(installed.finished && installed.exitCode == 0, installed.output.constData());
    const test::ExplorerRun built = test::runExplorer({QStringLiteral("--version")});
    QCOMPARE(installed.output, built.out);
}

void TestInstall::desktopFile()
{
    // The keys of [Desktop Entry], as a menu reads them (the validator checks the syntax).
    QHash<QString, QString> entry;
    QString group;
    for (const QString &line : readText(desktopFilePath()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('[')))
            group = line;
        else if (group == QLatin1String("[Desktop Entry]"))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), aboutInfo().name);
    QCOMPARE(entry.value(QStringLiteral("Icon")), aboutInfo().desktopId);
    QCOMPARE(entry.value(QStringLiteral("TryExec")), aboutInfo().executable);
    QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0), aboutInfo().executable);
    for (const char *key : {"Name[ko]", "Comment", "Comment[ko]", "Keywords", "Keywords[ko]"})
        QVERIFY2(!entry.value(QLatin1String(key)).trimmed().isEmpty(), key);
    const QStringList categories = entry.value(QStringLiteral("Categories")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QVERIFY(categories.contains(QStringLiteral("Education")));
    QVERIFY(categories.contains(QStringLiteral("Development")));
}

void TestInstall::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils; scripts/install-deps installs it)");
    const ProcessResult r = runProcess(validator, {desktopFilePath()});
    QVERIFY2(r.finished && r.exitCode == 0, r.output.constData());
    // Hints (more than one main category) are advice; errors and warnings are not.
    QVERIFY2(!r.output.contains("error:") && !r.output.contains("warning:"), r.output.constData());
}

void TestInstall::metainfo()
{
    const QString id = aboutInfo().desktopId;
    QFile f(metainfoPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString componentId, launchable, projectLicence, binary;
    QStringList releases;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id"))
            componentId = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("project_license"))
            projectLicence = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binary = xml.readElementText();
        else if (name == QLatin1String("release"))
            releases.append(xml.attributes().value(QLatin1String("version")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(componentId, id);
    QCOMPARE(launchable, id + QStringLiteral(".desktop"));
    QCOMPARE(projectLicence, aboutInfo().licence);
    QCOMPARE(binary, QStringLiteral("lambda-explorer"));
    // A new version needs its <release> entry (the newest first).
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(LLE_PROJECT_VERSION));
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream; scripts/install-deps installs it)");
    const ProcessResult r = runProcess(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                   QStringLiteral("--no-color"), metainfoPath()});
    QVERIFY2(r.finished && r.exitCode == 0, r.output.constData());
}

void TestInstall::icon()
{
    QFile f(path(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(aboutInfo().desktopId)));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    // Square, so that the icon theme scales it without distortion.
    const QStringList box = xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
    QCOMPARE(box.size(), 4);
    QCOMPARE(box[2], box[3]);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestInstall::manPageMatchesHelp()
{
    const ProcessResult help = runProcess(path(QStringLiteral("bin/lambda-explorer")), {QStringLiteral("--help")});
    QVERIFY2(help.finished && help.exitCode == 0, help.output.constData());
    const auto expected = helpOptions(QString::fromUtf8(help.output));
    QVERIFY(expected.size() >= 10);
    const QString man = readText(path(QStringLiteral("share/man/man1/lambda-explorer.1")));
    QVERIFY(man.startsWith(QLatin1String(".\\\"")) || man.startsWith(QLatin1String(".TH")));
    QVERIFY(man.contains(QStringLiteral("\"lambda\\-explorer %1\"").arg(aboutInfo().version)));
    const auto actual = manOptions(man);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].first, expected[i].first);
        QCOMPARE(actual[i].second, expected[i].second);
    }
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
