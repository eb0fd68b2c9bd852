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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
