// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace lle {

/// The words of the explorer: what a phase, a start type, a reason and a scenario setting are
/// called, and a setting's value with its unit. One term per meaning, the panel's, used by every
/// layer (the diagram, the lanes, the plots, the changes list, the why-cold text, the lessons, the
/// report), so that the class hears one word for one thing. Texts in the "Vocabulary" context,
/// translated when asked for (they follow a language switch).
class Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QString phaseName(Phase p);
    static QString startTypeName(StartType s);
    static QString coldReasonName(ColdReason r);
    static QString envKindName(EnvKind k);
    static QString endReasonName(EndReason r);

    /// What a numeric setting's value is counted in.
    enum class Unit { None, Megabytes, Milliseconds, Seconds, PerSecond };
    /// The scenario keys the table names, in the panel's order.
    static QStringList settingKeys();
    /// A scenario key as the panel calls it ("memory"); the key itself when the table lacks it.
    static QString settingName(const std::string &key);
    /// The key's unit (from its suffix for a key the table lacks: _mb, _ms, _per_s, _s).
    static Unit settingUnit(const std::string &key);
    /// The unit's symbol as written after a value ("MB", "ms", "s", "/s"); empty for None.
    static QString unitSymbol(Unit u);
    /// A value with its unit for a key ("2,048 MB", "20 s", "on", "billed").
    static QString settingValue(const std::string &key, const ScalarValue &v);
    /// "memory 512 → 2,048 MB": the unit once, at the end, when both values carry it.
    static QString settingChange(const ChangeMark::Setting &setting);
    /// Every setting of a change joined with ", "; the idle timeout as one setting even when a
    /// range takes two keys ("idle timeout 20 s → 5–15 min").
    static QString changeLabel(const ChangeMark &mark);
    /// "20 s", or "5–15 min" for a range.
    static QString idleTimeoutText(const IdleTimeout &t);
};

}  // namespace lle
