// SPDX-License-Identifier: GPL-3.0-or-later
// File → New, Open, Save, recent files, examples and the unsaved-changes prompt (ui/scenariodocument.h),
// and the window's side of them (title, modified mark, drop, geometry).
#include "explorerwindow.h"
#include "parameterpanel.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"
#include "valueslider.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::string textOf(const SimulationController &c) { return writeScenario(c.scenario()); }

/// Messages the document would have shown, collected instead of a modal box.
struct Messages {
    QStringList titles, texts;
    ScenarioDocument::MessageSink sink()
    {
        return [this](const QString &title, const QString &text) {
            titles << title;
            texts << text;
        };
    }
};
}  // namespace

class TestScenarioDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        // Never the user's settings: recent files and geometry go to a folder of this run.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid() && m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)}.clear();
    }

    void saveOpenSaveGivesTheSameBytes()
    {
        SimulationController c;
        c.setScenario(defaultScenario());
        ScenarioDocument doc(&c, nullptr);
        Messages messages;
        doc.setMessageSink(messages.sink());
        QVERIFY(c.setValues({{"function.memory_mb", 1536.0}, {"workload.rate_per_s", 7.5}}).empty());
        QVERIFY(c.setValues({{"function.runtime", std::string("java21")}}).empty());
        QVERIFY(doc.isModified());

        QVERIFY(doc.saveAs(file("a.json")));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), QFileInfo(file("a.json")).absoluteFilePath());
        const QByteArray first = readAll(file("a.json"));
        QCOMPARE(first.toStdString(), textOf(c));

        doc.newDocument();
        QCOMPARE(textOf(c), writeScenario(defaultScenario()));
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(doc.open(file("a.json")));
        QVERIFY(!doc.isModified());
        QCOMPARE(c.scenario().function.memoryMb, 1536);
        QVERIFY(doc.saveAs(file("b.json")));
        QCOMPARE(readAll(file("b.json")), first);
        // Save (not Save As) writes to the document's file.
        QVERIFY(doc.save());
        QCOMPARE(readAll(file("b.json")), first);
        QVERIFY(messages.texts.isEmpty());
    }

    void modifiedFollowsTheScenarioAndClearsOnSave()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        ScenarioDocument *doc = w.document();
        QVERIFY(!doc->isModified());
        QVERIFY(!w.isWindowModified());
        const QString name = QString::fromStdString(defaultScenario().name);
        QCOMPARE(w.windowTitle(), name + QStringLiteral(" — untitled[*] — Lambda Lifecycle Explorer"));
        QSignalSpy modified(doc, &ScenarioDocument::modifiedChanged);

        // A slider step at the playhead 0 edits the scenario itself.
        ValueSlider *memory = w.panel()->memorySlider();
        memory->setFocus();
        QTest::keyClick(memory, Qt::Key_PageUp);
        QVERIFY(doc->isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(modified.count(), 1);

        QVERIFY(doc->saveAs(file("slider.json")));
        QVERIFY(!doc->isModified());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.windowTitle(), name + QStringLiteral(" — slider.json[*] — Lambda Lifecycle Explorer"));

        // Back and forth: modified is "differs from the file", not "was touched".
        QTest::keyClick(memory, Qt::Key_PageDown);
        QVERIFY(doc->isModified());
        QTest::keyClick(memory, Qt::Key_PageUp);
        QVERIFY(!doc->isModified());

        // Whatever else sets the scenario (a lesson, an autosave restore) counts too.
        Scenario other = defaultScenario();
        other.name = "Set from elsewhere";
        w.controller()->setScenario(other);
        QVERIFY(doc->isModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Set from elsewhere — slider.json[*]")));
    }

    void invalidScenarioOpensNothingAndListsEveryProblem()
    {
        SimulationController c;
        c.setScenario(defaultScenario());
        ScenarioDocument doc(&c, nullptr);
        Messages messages;
        doc.setMessageSink(messages.sink());
        QVERIFY(doc.saveAs(file("good.json")));
        const std::string before = textOf(c);
        const QStringList recentBefore = doc.recentFiles();

        const QString bad = file("bad.json");
        QVERIFY(writeAll(bad, R"({"schema": "lambda-explorer/scenario@1",
            "function": {"memory_mb": 50, "runtime": "cobol85"},
            "workload": {"patern": "poisson"}, "duration_s": -1})"));
        const ScenarioFile expected = loadScenarioFile(bad);
        QCOMPARE(expected.status, ScenarioFile::Status::Invalid);
        QVERIFY(expected.messages.size() >= 4);

        QVERIFY(!doc.open(bad));
        QCOMPARE(messages.texts.size(), 1);
        const QString text = messages.texts.first();
        // Every problem, each with the file, the key and what is allowed.
        for (const QString &line : expected.messages)
            QVERIFY2(text.contains(line), qPrintable(line));
        for (const char *key : {"function.memory_mb", "function.runtime", "workload.patern", "duration_s"})
            QVERIFY2(text.contains(QLatin1String(key)), key);
        // Nothing changed.
        QCOMPARE(textOf(c), before);
        QCOMPARE(doc.filePath(), QFileInfo(file("good.json")).absoluteFilePath());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.recentFiles(), recentBefore);

        // Not JSON at all, and a file that is not there: one message each, nothing opened.
        QVERIFY(writeAll(file("broken.json"), "{\"schema\": "));
        QVERIFY(!doc.open(file("broken.json")));
        QVERIFY(!doc.open(file("missing.json")));
        QCOMPARE(messages.texts.size(), 3);
        QVERIFY(messages.texts[1].contains(QStringLiteral("broken.json")));
        QVERIFY(messages.texts[2].contains(QStringLiteral("missing.json")));
        QCOMPARE(textOf(c), before);
    }

    void recentFilesAreNewestFirstWithoutDuplicatesAndCapped()
    {
        SimulationController c;
        c.setScenario(defaultScenario());
        ScenarioDocument doc(&c, nullptr);
        Messages messages;
        doc.setMessageSink(messages.sink());
        QSignalSpy changed(&doc, &ScenarioDocument::recentFilesChanged);
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths << QFileInfo(file(QStringLiteral("r%1.json").arg(i))).absoluteFilePath();
            QVERIFY(doc.saveAs(paths.last()));
        }
        QCOMPARE(doc.recentFiles().size(), ScenarioDocument::kMaxRecentFiles);
        QCOMPARE(doc.recentFiles().first(), paths[9]);
        QCOMPARE(doc.recentFiles().last(), paths[2]);
        QVERIFY(changed.count() >= 10);

        // Opening one moves it to the front, once.
        QVERIFY(doc.open(paths[4]));
        QStringList recent = doc.recentFiles();
        QCOMPARE(recent.first(), paths[4]);
        QCOMPARE(recent.count(paths[4]), 1);
        QCOMPARE(recent.size(), ScenarioDocument::kMaxRecentFiles);
        QCOMPARE(recent.last(), paths[2]);
        // By its absolute path, however it was spelled.
        QVERIFY(doc.open(m_dir.path() + QStringLiteral("/./r9.json")));
        QCOMPARE(doc.recentFiles().first(), paths[9]);
        QCOMPARE(doc.recentFiles().count(paths[9]), 1);

        // A file that has gone leaves the list when it is opened.
        QVERIFY(QFile::remove(paths[6]));
        QVERIFY(!doc.open(paths[6]));
        QVERIFY(!doc.recentFiles().contains(paths[6]));
        QCOMPARE(doc.recentFiles().size(), ScenarioDocument::kMaxRecentFiles - 1);

        // The list outlives the document (QSettings), and can be cleared.
        {
            ScenarioDocument again(&c, nullptr);
            QCOMPARE(again.recentFiles(), doc.recentFiles());
            QCOMPARE(again.lastFolder(), QFileInfo(paths[9]).absolutePath());
        }
        doc.clearRecentFiles();
        QVERIFY(doc.recentFiles().isEmpty());
    }

    void everyExampleParses()
    {
        const auto examples = ScenarioDocument::examples();
        QVERIFY2(examples.size() >= 4, "the examples are in the resources");
        QSet<QString> titles;
        for (const auto &e : examples) {
            const ScenarioFile f = loadScenarioFile(e.path);
            QVERIFY2(f.status == ScenarioFile::Status::Ok, qPrintable(f.messages.join(QLatin1Char('\n'))));
            QVERIFY(!e.path.endsWith(QLatin1String("/default.json")));
            QCOMPARE(e.title, QString::fromStdString(f.scenario->name));   // no translator installed
            titles.insert(e.title);
        }
        QCOMPARE(titles.size(), examples.size());
    }

    void examplesOpenAtTheirOwnSpeed()
    {
        // Each example says the speed it is watched at (playback.speed), one at which its first
        // request has completed within 3 s of opening: something happens before a class looks away.
        SimulationController c;
        c.clock()->setAutoTick(false);
        ScenarioDocument doc(&c, nullptr);
        for (const auto &e : ScenarioDocument::examples()) {
            QVERIFY(doc.openExample(e.path));
            const Scenario &s = c.scenario();
            QVERIFY2(s.playbackSpeed > 0, qPrintable(e.path));
            QCOMPARE(c.clock()->speed(), s.playbackSpeed);
            Simulator sim(s);
            RunRecorder recorder(s, sim);
            sim.setObserver(&recorder);
            sim.run();
            const RunPtr run = recorder.take();
            QVERIFY(!run->invocations.empty());
            const double firstDoneMs = run->invocations[0].endMs;
            QVERIFY2(firstDoneMs / s.playbackSpeed <= 3000,
                     qPrintable(QStringLiteral("%1: first request done at %2 s of simulated time, %3 s of playback")
                                    .arg(e.path).arg(firstDoneMs / 1000).arg(firstDoneMs / s.playbackSpeed / 1000)));
            // Written back as read: the key survives Save.
            QVERIFY(textOf(c).find("\"speed\"") != std::string::npos);
        }
    }

    void examplesOpenUntitled()
    {
        SimulationController c;
        c.setScenario(defaultScenario());
        ScenarioDocument doc(&c, nullptr);
        Messages messages;
        doc.setMessageSink(messages.sink());
        QString chosen;
        doc.setFileChooser([&](bool save, const QString &suggested) {
            chosen = suggested;
            return save ? file("from-example.json") : QString();
        });
        const auto examples = ScenarioDocument::examples();
        QVERIFY(!examples.isEmpty());
        for (const auto &e : examples) {
            QVERIFY(doc.openExample(e.path));
            QCOMPARE(QString::fromStdString(c.scenario().name), e.title);
            QCOMPARE(doc.windowTitle(), e.title + QStringLiteral(" — ") + QFileInfo(e.path).fileName()
                                            + QStringLiteral("[*] — Lambda Lifecycle Explorer"));
            QVERIFY(!doc.isModified());
            QVERIFY(doc.filePath().isEmpty());   // a resource is not saved over
            QCOMPARE(doc.displayFileName(), QFileInfo(e.path).fileName());
        }
        QVERIFY(doc.recentFiles().isEmpty());
        // Save asks for a file name, suggesting the example's.
        QVERIFY(doc.save());
        QCOMPARE(QFileInfo(chosen).fileName(), QFileInfo(examples.last().path).fileName());
        QCOMPARE(readAll(file("from-example.json")).toStdString(), textOf(c));
        QVERIFY(messages.texts.isEmpty());
    }

    void unsavedChangesAreAskedAbout()
    {
        SimulationController c;
        c.setScenario(defaultScenario());
        ScenarioDocument doc(&c, nullptr);
        Messages messages;
        doc.setMessageSink(messages.sink());
        int asked = 0;
        auto answer = ScenarioDocument::SaveChoice::Cancel;
        doc.setSavePrompt([&] {
            ++asked;
            return answer;
        });
        doc.setFileChooser([&](bool save, const QString &) { return save ? file("prompted.json") : file("other.json"); });
        QVERIFY(doc.saveAs(file("other.json")));

        // Unmodified: no question.
        doc.requestNew();
        QCOMPARE(asked, 0);
        QVERIFY(doc.filePath().isEmpty());

        QVERIFY(c.setValues({{"function.memory_mb", 2048.0}}).empty());
        const std::string edited = textOf(c);
        doc.requestNew();   // Cancel: nothing happens
        QCOMPARE(asked, 1);
        QCOMPARE(textOf(c), edited);
        doc.requestExample(ScenarioDocument::examples().first().path);
        doc.requestOpen();
        QCOMPARE(asked, 3);
        QCOMPARE(textOf(c), edited);
        QVERIFY(doc.isModified());
        QVERIFY(!doc.maybeSave());

        // Save: the untitled document asks for a file, then goes on.
        answer = ScenarioDocument::SaveChoice::Save;
        doc.requestOpenFile(file("other.json"));
        QCOMPARE(readAll(file("prompted.json")).toStdString(), edited);
        QCOMPARE(doc.filePath(), QFileInfo(file("other.json")).absoluteFilePath());
        QVERIFY(!doc.isModified());

        // Discard: goes on without writing.
        QVERIFY(c.setValues({{"function.memory_mb", 3008.0}}).empty());
        answer = ScenarioDocument::SaveChoice::Discard;
        const QByteArray other = readAll(file("other.json"));
        doc.requestNew();
        QCOMPARE(textOf(c), writeScenario(defaultScenario()));
        QCOMPARE(readAll(file("other.json")), other);
        QVERIFY(messages.texts.isEmpty());
    }

    void closingTheWindowAsksAndCanBeCancelled()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        int asked = 0;
        auto answer = ScenarioDocument::SaveChoice::Cancel;
        w.document()->setSavePrompt([&] {
            ++asked;
            return answer;
        });
        w.show();
        QVERIFY(w.controller()->setValues({{"function.memory_mb", 1024.0}}).empty());
        QVERIFY(!w.close());
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        answer = ScenarioDocument::SaveChoice::Discard;
        QVERIFY(w.close());
        QCOMPARE(asked, 2);
    }

    void droppedScenarioFileOpens()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        Messages messages;
        w.document()->setMessageSink(messages.sink());
        Scenario s = defaultScenario();
        s.name = "Dropped";
        QVERIFY(saveScenarioFile(file("dropped.json"), s));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file("dropped.json"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(w.document()->filePath(), QFileInfo(file("dropped.json")).absoluteFilePath());
        QCOMPARE(w.controller()->scenario().name, std::string("Dropped"));

        // Anything but one .json file is refused at the door.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(file("notes.txt"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void windowLayoutIsRemembered()
    {
        QList<int> sizes;
        {
            ExplorerWindow w(defaultScenario());
            w.setAutoPlay(false);
            w.resize(1100, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({400, 700});
            sizes = splitter->sizes();
            w.saveWindowState();
        }
        ExplorerWindow again(defaultScenario());
        again.setAutoPlay(false);
        again.resize(1100, 700);
        again.restoreWindowState();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
