// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

/// Both .ts files are complete: no unfinished or empty translation, and no English left in the
/// Korean one (a translation equal to its English source) except for terms kept as they are.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void noEnglishLeftInKorean();
    void koreanFollowsTheGlossary();
    void lessonFiguresKept();

private:
    struct Message {
        QString context, source, translation, location;
        bool unfinished = false, numerus = false;
    };
    static QList<Message> read(const QString &path);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("location") && m.location.isEmpty()) {
            m.location = xml.attributes().value(QLatin1String("filename")).toString() + QLatin1Char(':')
                       + xml.attributes().value(QLatin1String("line")).toString();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ko") << QStringLiteral(LLE_TS_DIR "/lambda-explorer_ko.ts");
    QTest::newRow("en") << QStringLiteral(LLE_TS_DIR "/lambda-explorer_en.ts");
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    const auto messages = read(path);
    QVERIFY(messages.size() > 100);
    QStringList bad;
    for (const Message &m : messages)
        if (m.unfinished || m.translation.trimmed().isEmpty())
            bad << QStringLiteral("%1 [%2] %3").arg(m.location, m.context, m.source.left(60));
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 unfinished or empty:\n").arg(bad.size()) + bad.join(QLatin1Char('\n'))));
}

void TestTranslations::noEnglishLeftInKorean()
{
    // Terms a Korean class uses as they are: units, ids, product names, format-only strings.
    static const QStringList allowed = {
        QStringLiteral("SnapStart"), QStringLiteral("vCPU"), QStringLiteral("MB"), QStringLiteral("ms"),
        QStringLiteral("GB-s"), QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("x86_64"),
        QStringLiteral("arm64"), QStringLiteral("s"), QStringLiteral("min"), QStringLiteral("h"),
        QStringLiteral("Lambda Lifecycle Explorer"), QStringLiteral("Poisson"), QStringLiteral("CSV"),
        QStringLiteral("JSON"), QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF"),
        QStringLiteral("AWS"), QStringLiteral("Lambda"), QStringLiteral("Qt"), QStringLiteral("QCustomPlot"),
        QStringLiteral("nlohmann/json"), QStringLiteral("GPL"), QStringLiteral("CDF"), QStringLiteral("KPI"),
        QStringLiteral("OK"), QStringLiteral("&OK"), QStringLiteral("$"), QStringLiteral("ID"),
        QStringLiteral("x86_64 (Intel/AMD)"), QStringLiteral("arm64 (Graviton)"),
        QStringLiteral("SS #%1"), QStringLiteral("PC #%1"), QStringLiteral("t = %1 / %2"),
        // The two configurations of a comparison are called A and B in both languages.
        QStringLiteral("A: %1"), QStringLiteral("B: %1"), QStringLiteral("B − A"),
    };
    // Key names of shortcuts stay as Qt spells them.
    static const QRegularExpression shortcut(
        QStringLiteral("^((Ctrl|Shift|Alt|Meta)\\+)*(Space|Right|Left|Up|Down|Home|End|Esc|F\\d+|[A-Z0-9+=-])$"));
    static const QRegularExpression runtimeId(QStringLiteral("^(python|nodejs|java|dotnet|ruby|go|rust|provided)[0-9a-z.]*$"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
    // What remains after removing placeholders, units and allowed words must not be English.
    static const QRegularExpression noise(
        QStringLiteral("%L?n|%L?\\d+|\\b(SnapStart|vCPUs?|MB|GB|GB-s|ms|p50|p99|p90|x86_64|arm64|Graviton|ZIP|AWS|Lambda|"
                       "JVM|CLR|CPU|HTTP|429|SIGKILL|SHUTDOWN|REPORT|Init Duration|Restore Duration|Billed Duration|"
                       "Java|Python|Node(\\.js)?|Ruby|Go|Rust|\\.NET|Spring|EFS|SDK|DB|I/O|URL|JSON|CSV|PNG|SVG|PDF|"
                       "Okabe[–-]Ito|Qt|QCustomPlot|nlohmann|GPL|Application Auto Scaling|Power Tuning|"
                       "CloudWatch|Azure|SimFaaS|Xebia|PC|KPI|CDF|ID|UTC|/tmp|s|h|min|USD|\\$)\\b"));
    const auto messages = read(QStringLiteral(LLE_TS_DIR "/lambda-explorer_ko.ts"));
    QStringList bad;
    for (const Message &m : messages) {
        if (m.translation != m.source || !m.source.contains(letters))
            continue;
        if (allowed.contains(m.source) || runtimeId.match(m.source).hasMatch() || shortcut.match(m.source).hasMatch())
            continue;
        QString rest = m.source;
        rest.remove(noise);
        if (!rest.contains(letters))
            continue;
        bad << QStringLiteral("%1 [%2] %3").arg(m.location, m.context, m.source.left(80));
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 Korean translations are still English:\n").arg(bad.size())
                                       + bad.join(QLatin1Char('\n'))));
}

/// One Korean term per concept (issue 13: 수명 주기/생명 주기, 확장/익스텐션, 제한됨/스로틀):
/// translations/glossary-ko.md decides; every Korean message follows it.
void TestTranslations::koreanFollowsTheGlossary()
{
    struct Entry {
        QString english, korean;
        QStringList rejected;
    };
    QList<Entry> glossary;
    QFile f(QStringLiteral(LLE_TS_DIR "/glossary-ko.md"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("|---")) || line.startsWith(QLatin1String("| English")))
            continue;
        const QStringList cells = line.mid(1, line.size() - 2).split(QLatin1Char('|'));
        QVERIFY2(cells.size() == 4, qPrintable(line));
        Entry e{cells[0].trimmed(), cells[1].trimmed(), {}};
        for (const QString &r : cells[2].split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.rejected << r.trimmed();
        QVERIFY2(!e.english.isEmpty() && !e.korean.isEmpty() && !cells[3].trimmed().isEmpty(), qPrintable(line));
        glossary << e;
    }
    QVERIFY(glossary.size() >= 8);
    QStringList problems;
    for (const Message &m : read(QStringLiteral(LLE_TS_DIR "/lambda-explorer_ko.ts"))) {
        // A rejected variant may sit inside a chosen term (확장 in another entry's term): look
        // at the text with every chosen term taken out.
        QString rest = m.translation;
        for (const Entry &e : glossary)
            rest.replace(e.korean, QStringLiteral("#"));
        for (const Entry &e : glossary) {
            for (const QString &r : e.rejected)
                if (rest.contains(r))
                    problems << QStringLiteral("%1: \"%2\" uses %3 (glossary: %4 for %5)").arg(m.location, m.translation, r, e.korean, e.english);
            if (e.english.contains(QLatin1Char('(')))
                continue;   // a word with other meanings too (restore a configuration)
            QString pattern = QRegularExpression::escape(e.english).replace(QStringLiteral("\\-"), QStringLiteral("[- ]"));
            if (e.english == QLatin1String("throttle"))
                pattern = QStringLiteral("throttl");
            const QRegularExpression word(QStringLiteral("\\b") + pattern, QRegularExpression::CaseInsensitiveOption);
            if (m.source.contains(word) && !m.translation.contains(e.korean) && !m.translation.contains(word))
                problems << QStringLiteral("%1: \"%2\" does not say %3 for %4").arg(m.location, m.translation, e.korean, e.english);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

/// A lesson's figures ({cold_latency_ms}) are filled from the run in either language: the Korean
/// text keeps every placeholder of the English one.
void TestTranslations::lessonFiguresKept()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z0-9_.]+\\}"));
    for (const Message &m : read(QStringLiteral(LLE_TS_DIR "/lambda-explorer_ko.ts"))) {
        if (m.context != QLatin1String("Lesson"))
            continue;
        QStringList wanted, found;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted << it.next().captured(0);
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            found << it.next().captured(0);
        wanted.sort();
        found.sort();
        QVERIFY2(wanted == found, qPrintable(m.source));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
