// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace lle;

class TestScenarioFile : public QObject {
    Q_OBJECT

private slots:
    void loadsAFile();
    void missingFile();
    void folderIsUnreadable();
    void problemsNameTheFile();
    void syntaxError();
    void saveWritesEveryKeyAndReadsBack();
    void failedSaveKeepsTheOldFile();

private:
    static QString write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
};

void TestScenarioFile::loadsAFile()
{
    QTemporaryDir dir;
    const QString path = write(dir.filePath("api.json"),
                               R"({"schema": "lambda-explorer/scenario@1", "name": "A", "function": {"memory_mb": 2048}})");
    const ScenarioFile f = loadScenarioFile(path);
    QCOMPARE(f.status, ScenarioFile::Status::Ok);
    QVERIFY(f.messages.isEmpty());
    QVERIFY(f.scenario.has_value());
    QCOMPARE(f.scenario->name, std::string("A"));
    QCOMPARE(f.scenario->function.memoryMb, 2048);
    // Trace paths are relative to the scenario's folder.
    QCOMPARE(QString::fromStdString(f.scenario->baseDir), QFileInfo(dir.path()).absoluteFilePath());
}

void TestScenarioFile::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("nope.json");
    const ScenarioFile f = loadScenarioFile(path);
    QCOMPARE(f.status, ScenarioFile::Status::Unreadable);
    QCOMPARE(f.messages.size(), 1);
    QVERIFY(f.messages.first().startsWith(path + QStringLiteral(": ")));
    QVERIFY(!f.scenario);
}

void TestScenarioFile::folderIsUnreadable()
{
    QTemporaryDir dir;
    const ScenarioFile f = loadScenarioFile(dir.path());
    QCOMPARE(f.status, ScenarioFile::Status::Unreadable);
    QCOMPARE(f.messages.size(), 1);
    QVERIFY(f.messages.first().startsWith(dir.path() + QStringLiteral(": ")));
    QVERIFY(f.messages.first().contains(QLatin1String("folder")));
}

void TestScenarioFile::problemsNameTheFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    write("api.json", R"({"schema": "lambda-explorer/scenario@1", "function": {"memory_mb": 20000, "colour": 1}})");
    // FILE is the path as the user gave it.
    const ScenarioFile f = loadScenarioFile(QStringLiteral("api.json"));
    QCOMPARE(f.status, ScenarioFile::Status::Invalid);
    QVERIFY(!f.scenario);
    QCOMPARE(f.messages.size(), 2);
    QVERIFY(f.messages.contains(QStringLiteral("api.json: function.memory_mb: 20000 is out of range (128..10240)")));
    for (const QString &m : f.messages)
        QVERIFY2(m.startsWith(QLatin1String("api.json: function.")), qPrintable(m));
}

void TestScenarioFile::syntaxError()
{
    QTemporaryDir dir;
    const QString path = write(dir.filePath("bad.json"), "{\n  \"schema\": \"lambda-explorer/scenario@1\",\n}\n");
    const ScenarioFile f = loadScenarioFile(path);
    QCOMPARE(f.status, ScenarioFile::Status::Invalid);
    QCOMPARE(f.messages.size(), 1);
    QVERIFY2(f.messages.first().startsWith(path + QStringLiteral(": line 3")), qPrintable(f.messages.first()));
}

void TestScenarioFile::saveWritesEveryKeyAndReadsBack()
{
    QTemporaryDir dir;
    Scenario s = defaultScenario();
    s.name = "Saved, with \"quotes\"";
    s.function.memoryMb = 3008;
    const QString path = dir.filePath("saved.json");
    QString error;
    QVERIFY2(saveScenarioFile(path, s, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, QByteArray::fromStdString(writeScenario(s)));
    const ScenarioFile back = loadScenarioFile(path);
    QCOMPARE(back.status, ScenarioFile::Status::Ok);
    QVERIFY(*back.scenario == s);
    // Nothing but the file itself: no temporary left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"saved.json"});
}

void TestScenarioFile::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    // A folder where the file should go: the rename must fail and report the path.
    const QString path = dir.filePath("taken.json");
    QVERIFY(QDir(dir.path()).mkdir("taken.json"));
    QString error;
    QVERIFY(!saveScenarioFile(path, defaultScenario(), &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"taken.json"});
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
