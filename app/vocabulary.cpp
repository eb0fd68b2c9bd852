// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "format.h"

#include <QLocale>

#include <cmath>

namespace lle {

namespace {

struct SettingTerm {
    const char *key;
    const char *name;   ///< the setting and the end reason "idle timeout" are one term
    Vocabulary::Unit unit;
};

using U = Vocabulary::Unit;

// The panel's captions, shortened to what fits in a sentence ("memory 512 → 2,048 MB").
const SettingTerm kSettings[] = {
    {"function.runtime", QT_TRANSLATE_NOOP("Vocabulary", "runtime"), U::None},
    {"function.architecture", QT_TRANSLATE_NOOP("Vocabulary", "architecture"), U::None},
    {"function.memory_mb", QT_TRANSLATE_NOOP("Vocabulary", "memory"), U::Megabytes},
    {"function.handler.cpu_ms", QT_TRANSLATE_NOOP("Vocabulary", "handler CPU"), U::Milliseconds},
    {"function.handler.io_ms", QT_TRANSLATE_NOOP("Vocabulary", "handler I/O"), U::Milliseconds},
    {"function.handler.setup_ms", QT_TRANSLATE_NOOP("Vocabulary", "DB connection setup"), U::Milliseconds},
    {"function.handler.setup_in_init", QT_TRANSLATE_NOOP("Vocabulary", "DB connection in global scope"), U::None},
    {"function.init_ms.env_setup", QT_TRANSLATE_NOOP("Vocabulary", "environment setup"), U::Milliseconds},
    {"function.init_ms.extension", QT_TRANSLATE_NOOP("Vocabulary", "extension init"), U::Milliseconds},
    {"function.init_ms.runtime", QT_TRANSLATE_NOOP("Vocabulary", "runtime init"), U::Milliseconds},
    {"function.init_ms.function", QT_TRANSLATE_NOOP("Vocabulary", "function init"), U::Milliseconds},
    {"function.extensions", QT_TRANSLATE_NOOP("Vocabulary", "extensions"), U::None},
    {"function.timeout_s", QT_TRANSLATE_NOOP("Vocabulary", "timeout"), U::Seconds},
    {"platform.idle_timeout_s", QT_TRANSLATE_NOOP("Vocabulary", "idle timeout"), U::Seconds},
    {"platform.idle_timeout_s.min", QT_TRANSLATE_NOOP("Vocabulary", "idle timeout (shortest)"), U::Seconds},
    {"platform.idle_timeout_s.max", QT_TRANSLATE_NOOP("Vocabulary", "idle timeout (longest)"), U::Seconds},
    {"function.provisioned_concurrency", QT_TRANSLATE_NOOP("Vocabulary", "provisioned concurrency"), U::None},
    {"function.snapstart.enabled", QT_TRANSLATE_NOOP("Vocabulary", "SnapStart"), U::None},
    {"workload.pattern", QT_TRANSLATE_NOOP("Vocabulary", "traffic"), U::None},
    {"workload.rate_per_s", QT_TRANSLATE_NOOP("Vocabulary", "rate"), U::PerSecond},
    {"workload.base_rate_per_s", QT_TRANSLATE_NOOP("Vocabulary", "base rate"), U::PerSecond},
    {"workload.mean_rate_per_s", QT_TRANSLATE_NOOP("Vocabulary", "mean rate"), U::PerSecond},
    {"workload.keep_warm.interval_s", QT_TRANSLATE_NOOP("Vocabulary", "keep-warm pings"), U::Seconds},
    {"pricing.init_billing", QT_TRANSLATE_NOOP("Vocabulary", "init billing"), U::None},
};

const SettingTerm *termOf(const std::string &key)
{
    for (const SettingTerm &t : kSettings)
        if (key == t.key)
            return &t;
    return nullptr;
}

}  // namespace

QString Vocabulary::phaseName(Phase p)
{
    switch (p) {
    case Phase::EnvSetup: return tr("Environment setup");
    case Phase::ExtensionInit: return tr("Extension init");
    case Phase::RuntimeInit: return tr("Runtime init");
    case Phase::FunctionInit: return tr("Function init");
    case Phase::Restore: return tr("Restore (SnapStart)");
    case Phase::Invoke: return tr("Invoke");
    case Phase::Frozen: return tr("Frozen");
    case Phase::Shutdown: return tr("Shutdown");
    }
    return {};
}

QString Vocabulary::startTypeName(StartType s)
{
    switch (s) {
    case StartType::Cold: return tr("cold start");
    case StartType::Warm: return tr("warm start");
    case StartType::Provisioned: return tr("provisioned");
    case StartType::SnapStart: return tr("SnapStart restore");
    case StartType::Throttled: return tr("throttled (429)");
    case StartType::TimedOut: return tr("timed out");
    }
    return {};
}

QString Vocabulary::coldReasonName(ColdReason r)
{
    switch (r) {
    case ColdReason::None: return tr("none");
    case ColdReason::First: return tr("first environment");
    case ColdReason::ScaleOut: return tr("scale-out: all environments busy");
    case ColdReason::Expired: return tr("previous environments expired (idle timeout)");
    case ColdReason::Recycled: return tr("previous environments recycled (max lifetime)");
    case ColdReason::Changed: return tr("configuration changed (new version)");
    }
    return {};
}

QString Vocabulary::envKindName(EnvKind k)
{
    switch (k) {
    case EnvKind::OnDemand: return tr("on-demand");
    case EnvKind::Provisioned: return tr("provisioned concurrency");
    case EnvKind::SnapStart: return tr("SnapStart");
    case EnvKind::ManagedInstance: return tr("managed instance");
    }
    return {};
}

QString Vocabulary::endReasonName(EndReason r)
{
    switch (r) {
    case EndReason::None: return tr("still running");
    case EndReason::IdleTimeout: return tr("idle timeout");
    case EndReason::MaxLifetime: return tr("max lifetime");
    case EndReason::Changed: return tr("configuration changed");
    case EndReason::EndOfRun: return tr("end of run");
    case EndReason::ScaleIn: return tr("fleet scaled in");
    }
    return {};
}

QStringList Vocabulary::settingKeys()
{
    QStringList keys;
    for (const SettingTerm &t : kSettings)
        keys << QString::fromLatin1(t.key);
    return keys;
}

QString Vocabulary::settingName(const std::string &key)
{
    if (const SettingTerm *t = termOf(key))
        return QCoreApplication::translate("Vocabulary", t->name);
    return QString::fromStdString(key);
}

Vocabulary::Unit Vocabulary::settingUnit(const std::string &key)
{
    if (const SettingTerm *t = termOf(key))
        return t->unit;
    if (key.ends_with("_mb")) return Unit::Megabytes;
    if (key.ends_with("_ms")) return Unit::Milliseconds;
    if (key.ends_with("_per_s")) return Unit::PerSecond;
    if (key.ends_with("_s")) return Unit::Seconds;
    return Unit::None;
}

QString Vocabulary::unitSymbol(Unit u)
{
    switch (u) {
    case Unit::None: return {};
    case Unit::Megabytes: return tr("MB");
    case Unit::Milliseconds: return tr("ms");
    case Unit::Seconds: return tr("s");
    case Unit::PerSecond: return tr("/s");
    }
    return {};
}

QString Vocabulary::settingValue(const std::string &key, const ScalarValue &v)
{
    const QLocale loc;
    if (std::holds_alternative<bool>(v))
        return std::get<bool>(v) ? tr("on") : tr("off");
    if (std::holds_alternative<std::string>(v)) {
        const auto &s = std::get<std::string>(v);
        if (s == "billed") return tr("billed");
        if (s == "free_before_2025_08") return tr("free (before Aug 2025)");
        return QString::fromStdString(s);
    }
    const double x = std::get<double>(v);
    auto num = [&](double d) { return loc.toString(d, 'f', d == std::floor(d) ? 0 : (std::abs(d) < 1 ? 2 : 1)); };
    switch (settingUnit(key)) {
    case Unit::Megabytes: return tr("%1 MB").arg(num(x));
    case Unit::Milliseconds: return tr("%1 ms").arg(num(x));
    case Unit::PerSecond: return tr("%1/s").arg(num(x));
    case Unit::Seconds: return Format::ms(x * 1000.0);
    case Unit::None: break;
    }
    return num(x);
}

QString Vocabulary::settingChange(const ChangeMark::Setting &s)
{
    QString before = settingValue(s.path, s.before);
    const QString after = settingValue(s.path, s.after);
    // "memory 512 → 2,048 MB": the unit once, at the end, when both carry the same one.
    const int space = after.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && before.endsWith(after.mid(space)))
        before.chop(after.size() - space);
    return tr("%1 %2 → %3").arg(settingName(s.path), before, after);
}

QString Vocabulary::idleTimeoutText(const IdleTimeout &t)
{
    if (!t.ranged || t.minS == t.maxS)
        return Format::ms(t.minS * 1000.0);
    const QLocale loc;
    if (t.minS >= 60 && std::fmod(t.minS, 60) == 0 && std::fmod(t.maxS, 60) == 0)
        return tr("%1–%2 min").arg(loc.toString(t.minS / 60, 'f', 0), loc.toString(t.maxS / 60, 'f', 0));
    return tr("%1–%2").arg(Format::ms(t.minS * 1000.0), Format::ms(t.maxS * 1000.0));
}

QString Vocabulary::changeLabel(const ChangeMark &mark)
{
    QStringList parts;
    bool idleDone = false;
    for (const auto &s : mark.settings) {
        if (s.path.starts_with("platform.idle_timeout_s") && mark.idleBefore && mark.idleAfter) {
            // One setting, whether fixed or a range of two keys: "idle timeout 20 s → 5–15 min".
            if (!idleDone)
                parts << tr("%1 %2 → %3").arg(settingName("platform.idle_timeout_s"), idleTimeoutText(*mark.idleBefore),
                                             idleTimeoutText(*mark.idleAfter));
            idleDone = true;
            continue;
        }
        parts << settingChange(s);
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace lle
