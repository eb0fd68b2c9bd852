// SPDX-License-Identifier: GPL-3.0-or-later
// The autosave of the edited scenario and its recovery after a crash (issue 7): written after a
// change, gone after a clean end, offered back when a session ended without cleaning up, never
// offered while its session still runs, and a corrupt file reported and moved aside.
#include "autosave.h"
#include "scenariofile.h"
#include "scenarioio.h"
#include "simulationcontroller.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace lle;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesAfterAChange();
    void cleanEndRemovesBoth();
    void restoresAfterACrash();
    void discardRemovesTheOrphan();
    void runningSessionIsNotOffered();
    void corruptAutosaveIsMovedAside();

private:
    /// A session on a fresh controller, with the question and the warning recorded.
    struct Session {
        std::unique_ptr<SimulationController> controller = std::make_unique<SimulationController>();
        std::unique_ptr<Autosave> autosave;
        int asked = 0;
        QDateTime askedAbout;
        bool answer = true;
        QStringList warnings;
    };
    std::unique_ptr<Session> start();
    /// An earlier session's autosave left behind by a crash: its scenario file and no live lock.
    QString leaveOrphan(const QByteArray &bytes, const char *name = "session-4000000-0.json");

    std::optional<QTemporaryDir> m_dir;
};

void TestAutosave::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestAutosave::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<TestAutosave::Session> TestAutosave::start()
{
    auto s = std::make_unique<Session>();
    Autosave::Options o;
    o.directory = m_dir->path();
    o.delayMs = 20;
    o.offerOnStart = false;
    Session *raw = s.get();
    o.ask = [raw](const QDateTime &t) {
        ++raw->asked;
        raw->askedAbout = t;
        return raw->answer;
    };
    o.warn = [raw](const QString &m) { raw->warnings << m; };
    s->autosave = std::make_unique<Autosave>(s->controller.get(), nullptr, o);
    return s;
}

QString TestAutosave::leaveOrphan(const QByteArray &bytes, const char *name)
{
    const QString path = QDir(m_dir->path()).filePath(QString::fromLatin1(name));
    if (!write(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestAutosave::writesAfterAChange()
{
    auto s = start();
    const QString file = s->autosave->filePath();
    QVERIFY(!QFileInfo::exists(file));   // nothing changed, nothing to keep
    QVERIFY(QFileInfo::exists(file.chopped(5) + ".lock"));   // the session's marker
    QSignalSpy saved(s->autosave.get(), &Autosave::saved);
    QVERIFY(s->controller->setValue("function.memory_mb", 2048.0).empty());
    QVERIFY(s->autosave->isDirty());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QVERIFY(!s->autosave->isDirty());
    const ScenarioFile back = loadScenarioFile(file);
    QCOMPARE(int(back.status), int(ScenarioFile::Status::Ok));
    QCOMPARE(back.scenario->function.memoryMb, 2048);
    QVERIFY(*back.scenario == s->controller->scenario());

    // A later change is written too.
    QVERIFY(s->controller->setValue("function.memory_mb", 512.0).empty());
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(loadScenarioFile(file).scenario->function.memoryMb, 512);
}

void TestAutosave::cleanEndRemovesBoth()
{
    auto s = start();
    const QString file = s->autosave->filePath();
    QSignalSpy saved(s->autosave.get(), &Autosave::saved);
    QVERIFY(s->controller->setValue("function.memory_mb", 2048.0).empty());
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(QFileInfo::exists(file));
    s->autosave.reset();   // the window closes
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file.chopped(5) + ".lock"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());

    // The next start finds nothing to offer.
    auto next = start();
    QVERIFY(!next->autosave->offerRecovery());
    QCOMPARE(next->asked, 0);
}

void TestAutosave::restoresAfterACrash()
{
    // A session that changed the memory and died: its file stays, its lock died with it.
    Scenario edited = defaultScenario();
    edited.function.memoryMb = 3008;
    edited.changes.push_back({120, {{"function.memory_mb", 1024.0}}});
    const QString orphan = leaveOrphan(QByteArray::fromStdString(writeScenario(edited)));

    const QDateTime savedAt = QFileInfo(orphan).lastModified();

    auto s = start();
    QSignalSpy saved(s->autosave.get(), &Autosave::saved);
    QVERIFY(s->autosave->offerRecovery());
    QCOMPARE(s->asked, 1);
    QCOMPARE(s->askedAbout, savedAt);   // "Restore the unsaved scenario from <time>?"
    QVERIFY(s->controller->scenario() == edited);
    // The orphan is gone; the restored scenario is this session's autosave now.
    QVERIFY(!QFileInfo::exists(orphan));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(*loadScenarioFile(s->autosave->filePath()).scenario == edited);
    QVERIFY(s->warnings.isEmpty());
}

void TestAutosave::discardRemovesTheOrphan()
{
    Scenario edited = defaultScenario();
    edited.function.memoryMb = 3008;
    const QString orphan = leaveOrphan(QByteArray::fromStdString(writeScenario(edited)));
    auto s = start();
    const Scenario before = s->controller->scenario();
    s->answer = false;
    QVERIFY(!s->autosave->offerRecovery());
    QCOMPARE(s->asked, 1);
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(s->controller->scenario() == before);
    QVERIFY(!(before == edited));
}

void TestAutosave::runningSessionIsNotOffered()
{
    // Two windows (here: two sessions of one process) on one folder.
    auto first = start();
    QSignalSpy saved(first->autosave.get(), &Autosave::saved);
    QVERIFY(first->controller->setValue("function.memory_mb", 2048.0).empty());
    QTRY_COMPARE(saved.count(), 1);

    auto second = start();
    QVERIFY(second->autosave->filePath() != first->autosave->filePath());
    QVERIFY(!second->autosave->offerRecovery());
    QCOMPARE(second->asked, 0);
    QVERIFY(QFileInfo::exists(first->autosave->filePath()));   // still the first one's
}

void TestAutosave::corruptAutosaveIsMovedAside()
{
    const QString orphan = leaveOrphan("{\"schema\": \"lambda-explorer/scenario@1\", \"duration_s\": ");
    auto s = start();
    const Scenario before = s->controller->scenario();
    QVERIFY(!s->autosave->offerRecovery());
    QCOMPARE(s->asked, 0);
    QCOMPARE(s->warnings.size(), 1);
    const QString aside = orphan.chopped(5) + ".corrupt";
    QVERIFY2(s->warnings.at(0).startsWith("The autosaved scenario " + orphan + " cannot be read; it was moved to "
                                          + aside + "."),
             qPrintable(s->warnings.at(0)));
    QVERIFY2(s->warnings.at(0).contains("syntax error"), qPrintable(s->warnings.at(0)));
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(aside));
    QCOMPARE(read(aside).left(9), QByteArray("{\"schema\""));
    QVERIFY(s->controller->scenario() == before);

    // Only once: the next start has nothing to say.
    auto next = start();
    QVERIFY(!next->autosave->offerRecovery());
    QCOMPARE(next->warnings.size(), 0);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
