// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfile.h"

#include "lessonfigures.h"
#include "scenarioio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {

std::optional<ScalarValue> scalarFromJson(const QJsonValue &v)
{
    if (v.isBool())
        return ScalarValue(v.toBool());
    if (v.isDouble())
        return ScalarValue(v.toDouble());
    if (v.isString())
        return ScalarValue(v.toString().toStdString());
    return std::nullopt;
}

/// Reads an object of dotted paths → scalars; problems go to `errors` with `where`.
std::vector<std::pair<std::string, ScalarValue>> readSettings(const QJsonValue &value, const QString &where,
                                                              QStringList &errors)
{
    std::vector<std::pair<std::string, ScalarValue>> out;
    if (!value.isObject()) {
        errors << QStringLiteral("%1: expected an object of key paths").arg(where);
        return out;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        auto v = scalarFromJson(it.value());
        if (!v)
            errors << QStringLiteral("%1: %2 must be a number, a string or true/false").arg(where, it.key());
        else
            out.emplace_back(it.key().toStdString(), *v);
    }
    return out;
}

std::vector<Change> readChanges(const QJsonValue &value, const QString &where, QStringList &errors)
{
    std::vector<Change> out;
    if (!value.isArray()) {
        errors << QStringLiteral("%1: expected an array of {\"at_s\", \"set\"}").arg(where);
        return out;
    }
    int i = 0;
    for (const QJsonValue &entry : value.toArray()) {
        const QString here = QStringLiteral("%1[%2]").arg(where).arg(i++);
        const QJsonObject o = entry.toObject();
        if (!o.value(QLatin1String("at_s")).isDouble()) {
            errors << QStringLiteral("%1: at_s must be a number").arg(here);
            continue;
        }
        Change c;
        c.atS = o.value(QLatin1String("at_s")).toDouble();
        c.set = readSettings(o.value(QLatin1String("set")), here + QLatin1String(".set"), errors);
        out.push_back(std::move(c));
    }
    return out;
}

QString problemsText(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << QString::fromStdString(p.format());
    return lines.join(QStringLiteral("; "));
}

}  // namespace

// --- lessons ----------------------------------------------------------------------------------

/// Keys that refill a preset's defaults when set: applied before every other key, so that a lesson's
/// own values (a function init of 3,000 ms) are the values in effect whatever order the file, or
/// JSON's sorted keys, put them in.
static bool refillsPreset(const std::string &path)
{
    return path == "function.runtime" || path == "function.package" || path == "function.architecture";
}

Scenario Lesson::scenarioForStep(int index) const
{
    Scenario s = defaultScenario();
    s.name = title.toStdString();
    if (durationS > 0)
        s.durationS = durationS;
    if (seed > 0)
        s.seed = seed;
    // Every value set up to this step, the latest of each key; presets first, then the values.
    std::vector<std::pair<std::string, ScalarValue>> settings;
    auto collect = [&settings](const std::vector<std::pair<std::string, ScalarValue>> &add) {
        for (const auto &kv : add) {
            auto it = std::find_if(settings.begin(), settings.end(), [&](const auto &e) { return e.first == kv.first; });
            if (it != settings.end())
                it->second = kv.second;
            else
                settings.push_back(kv);
        }
    };
    collect(set);
    s.changes = changes;
    for (int i = 0; i <= index && i < int(steps.size()); ++i) {
        collect(steps[std::size_t(i)].set);
        if (steps[std::size_t(i)].schedule)
            s.changes = *steps[std::size_t(i)].schedule;
    }
    std::stable_partition(settings.begin(), settings.end(), [](const auto &kv) { return refillsPreset(kv.first); });
    for (const auto &[path, value] : settings)
        setScenarioValue(s, path, value);
    return s;
}

/// Keys of `o` not in `known`, each as an error at `where`.
static void unknownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QStringList &errors)
{
    for (const QString &key : o.keys())
        if (!known.contains(key))
            errors << QStringLiteral("%1: unknown key \"%2\" (allowed: %3)").arg(where, key, known.join(QStringLiteral(", ")));
}

LessonLoad parseLesson(const QByteArray &json, const QString &file)
{
    LessonLoad out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.errors << QStringLiteral("%1: not a JSON object (%2 at offset %3)").arg(file, err.errorString()).arg(err.offset);
        return out;
    }
    const QJsonObject o = doc.object();
    unknownKeys(o, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("scenario"), QStringLiteral("steps")},
                file, out.errors);
    Lesson l;
    l.file = file;
    l.id = o.value(QLatin1String("id")).toString();
    l.title = o.value(QLatin1String("title")).toString();
    l.summary = o.value(QLatin1String("summary")).toString();
    if (l.id.isEmpty())
        out.errors << QStringLiteral("%1: no \"id\"").arg(file);
    if (l.title.isEmpty())
        out.errors << QStringLiteral("%1: no \"title\"").arg(file);
    const QJsonObject sc = o.value(QLatin1String("scenario")).toObject();
    unknownKeys(sc, {QStringLiteral("duration_s"), QStringLiteral("seed"), QStringLiteral("set"), QStringLiteral("changes")},
                file + QLatin1String(": scenario"), out.errors);
    l.durationS = sc.value(QLatin1String("duration_s")).toDouble(0);
    l.seed = std::uint64_t(std::max(0.0, sc.value(QLatin1String("seed")).toDouble(0)));
    if (sc.contains(QLatin1String("set")))
        l.set = readSettings(sc.value(QLatin1String("set")), file + QLatin1String(": scenario.set"), out.errors);
    if (sc.contains(QLatin1String("changes")))
        l.changes = readChanges(sc.value(QLatin1String("changes")), file + QLatin1String(": scenario.changes"), out.errors);
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        out.errors << QStringLiteral("%1: no steps").arg(file);
    static const QStringList known = {QStringLiteral("set"),      QStringLiteral("schedule"),
                                      QStringLiteral("change"),   QStringLiteral("narrate"),
                                      QStringLiteral("highlight"), QStringLiteral("run_until"),
                                      QStringLiteral("question"), QStringLiteral("answer")};
    for (int i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("%1: step %2").arg(file).arg(i + 1);
        const QJsonObject so = steps[i].toObject();
        LessonStep step;
        unknownKeys(so, known, where, out.errors);
        if (so.contains(QLatin1String("set")))
            step.set = readSettings(so.value(QLatin1String("set")), where + QLatin1String(": set"), out.errors);
        if (so.contains(QLatin1String("schedule")))
            step.schedule = readChanges(so.value(QLatin1String("schedule")), where + QLatin1String(": schedule"), out.errors);
        if (so.contains(QLatin1String("change")))
            step.change = readSettings(so.value(QLatin1String("change")), where + QLatin1String(": change"), out.errors);
        step.narrate = so.value(QLatin1String("narrate")).toString();
        step.question = so.value(QLatin1String("question")).toString();
        step.answer = so.value(QLatin1String("answer")).toString();
        if (so.contains(QLatin1String("highlight"))) {
            step.highlight = so.value(QLatin1String("highlight")).toString();
            if (step.highlight.trimmed().isEmpty())
                out.errors << QStringLiteral("%1: highlight must name a control or plot (its objectName)").arg(where);
        }
        if (so.contains(QLatin1String("run_until"))) {
            const QJsonObject cue = so.value(QLatin1String("run_until")).toObject();
            unknownKeys(cue, {QStringLiteral("time_s"), QStringLiteral("event"), QStringLiteral("env")},
                        where + QLatin1String(": run_until"), out.errors);
            if (cue.contains(QLatin1String("time_s"))) {
                step.cue.kind = Cue::Kind::Time;
                step.cue.timeMs = cue.value(QLatin1String("time_s")).toDouble(-1) * 1000.0;
                if (step.cue.timeMs < 0)
                    out.errors << QStringLiteral("%1: run_until.time_s must be a number ≥ 0").arg(where);
            } else if (auto kind = cueKindFromName(cue.value(QLatin1String("event")).toString())) {
                step.cue.kind = *kind;
                const double env = cue.value(QLatin1String("env")).toDouble(0);
                if (env < 0 || env != std::floor(env))
                    out.errors << QStringLiteral("%1: run_until.env must be an environment number").arg(where);
                step.cue.env = std::uint32_t(env);
            } else {
                out.errors << QStringLiteral("%1: run_until needs time_s or a known event (got \"%2\")")
                                  .arg(where, cue.value(QLatin1String("event")).toString());
            }
        }
        if (!step.answer.isEmpty() && step.question.isEmpty())
            out.errors << QStringLiteral("%1: an answer without a question").arg(where);
        if (!step.question.isEmpty() && step.answer.isEmpty())
            out.errors << QStringLiteral("%1: a question without an answer").arg(where);
        l.steps.push_back(std::move(step));
    }
    if (!out.errors.isEmpty())
        return out;
    out.errors = validateLesson(l);
    if (out.errors.isEmpty())
        out.lesson = std::move(l);
    return out;
}

QStringList validateLesson(const Lesson &l)
{
    QStringList errors;
    Scenario probe = defaultScenario();
    auto check = [&](const std::vector<std::pair<std::string, ScalarValue>> &settings, const QString &where) {
        for (const auto &[path, value] : settings)
            if (auto p = setScenarioValue(probe, path, value); !p.empty())
                errors << QStringLiteral("%1: %2").arg(where, problemsText(p));
    };
    auto checkChanges = [&](const std::vector<Change> &changes, const QString &where) {
        for (std::size_t i = 0; i < changes.size(); ++i)
            check(changes[i].set, QStringLiteral("%1[%2]").arg(where).arg(i));
    };
    check(l.set, l.file + QLatin1String(": scenario.set"));
    checkChanges(l.changes, l.file + QLatin1String(": scenario.changes"));
    for (std::size_t i = 0; i < l.steps.size(); ++i) {
        const LessonStep &step = l.steps[i];
        const QString where = QStringLiteral("%1: step %2").arg(l.file).arg(i + 1);
        check(step.set, where + QLatin1String(": set"));
        check(step.change, where + QLatin1String(": change"));
        if (step.schedule)
            checkChanges(*step.schedule, where + QLatin1String(": schedule"));
        if (step.set.empty() && !step.schedule && step.change.empty() && step.narrate.isEmpty()
            && step.highlight.isEmpty() && step.cue.kind == Cue::Kind::None && step.question.isEmpty())
            errors << QStringLiteral("%1: the step has nothing to do").arg(where);
    }
    if (!errors.isEmpty())
        return errors;
    // Every step's scenario must be valid as a whole, its schedule included.
    for (std::size_t i = 0; i < l.steps.size(); ++i) {
        const QString where = QStringLiteral("%1: step %2").arg(l.file).arg(i + 1);
        const Scenario s = l.scenarioForStep(int(i));
        if (auto p = validateScenario(s); !p.empty())
            errors << QStringLiteral("%1: scenario: %2").arg(where, problemsText(p));
        Scenario current = s;
        current.changes.clear();
        for (std::size_t c = 0; c < s.changes.size(); ++c) {
            if (s.changes[c].atS < 0 || s.changes[c].atS >= s.durationS)
                errors << QStringLiteral("%1: change %2 at %3 s is outside the run").arg(where).arg(c + 1).arg(s.changes[c].atS);
            auto r = applyChange(current, s.changes[c]);
            if (!r.scenario) {
                errors << QStringLiteral("%1: change %2: %3").arg(where).arg(c + 1).arg(problemsText(r.problems));
                break;
            }
            current = *r.scenario;
        }
        if (!l.steps[i].change.empty()) {
            Change c{0, l.steps[i].change};
            if (auto r = applyChange(current, c); !r.scenario)
                errors << QStringLiteral("%1: change: %2").arg(where, problemsText(r.problems));
        }
        // Figures in the texts come from the run: each must be one the step's run can fill.
        for (const QString &text : {l.steps[i].narrate, l.steps[i].question, l.steps[i].answer})
            for (const QString &name : LessonFigures::placeholdersIn(text))
                if (const QString why = LessonFigures::whyNotFillable(name, s); !why.isEmpty())
                    errors << QStringLiteral("%1: %2").arg(where, why);
        const Cue &cue = l.steps[i].cue;
        if (cue.kind == Cue::Kind::Time && cue.timeMs > s.durationS * 1000.0)
            errors << QStringLiteral("%1: run_until.time_s is after the end of the run").arg(where);
    }
    return errors;
}

LessonLoad loadLesson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        LessonLoad out;
        out.errors << QStringLiteral("%1: cannot read the file").arg(path);
        return out;
    }
    return parseLesson(f.readAll(), QFileInfo(path).fileName());
}

QStringList builtInLessonFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

}  // namespace lle
