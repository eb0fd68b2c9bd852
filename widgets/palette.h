// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "types.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace lle {

/// The one palette every view uses (Okabe–Ito, design/window.md): a phase, a start type or a cost
/// line has one colour in the diagram, the lanes, the plots and the legends. Names are here too,
/// so that a meaning is spelled the same everywhere.
class Palette {
    Q_DECLARE_TR_FUNCTIONS(Palette)
public:
    static QColor phase(Phase p);
    /// A lighter fill for large areas (frozen lanes).
    static QColor phaseFill(Phase p);
    static QColor startType(StartType s);
    static QColor coldStart() { return QColor(0xD5, 0x5E, 0x00); }
    static QColor warmStart() { return QColor(0x00, 0x9E, 0x73); }
    static QColor provisioned() { return QColor(0x00, 0x72, 0xB2); }
    static QColor snapStart() { return QColor(0xF0, 0xE4, 0x42); }
    static QColor requestsCost() { return QColor(0x99, 0x99, 0x99); }
    static QColor outline() { return QColor(0x33, 0x33, 0x33); }
    static QColor changeMarker() { return QColor(0xCC, 0x79, 0xA7); }
    static QColor playhead() { return QColor(0x00, 0x00, 0x00); }
    static QColor throttled() { return QColor(0x00, 0x00, 0x00); }
    static QColor busy() { return QColor(0x00, 0x72, 0xB2); }

    static QString phaseName(Phase p);
    static QString startTypeName(StartType s);
    static QString coldReasonName(ColdReason r);
    static QString envKindName(EnvKind k);
    static QString endReasonName(EndReason r);
    /// A scenario key as the panel calls it ("memory"), for change labels.
    static QString settingName(const std::string &path);
    /// A value with its unit for a key ("2,048 MB").
    static QString settingValue(const std::string &path, const ScalarValue &v);
    /// "memory 512 → 2,048 MB"; several settings joined with ", ".
    static QString changeLabel(const ChangeMark &mark);
    /// "20 s", or "5–15 min" for a range.
    static QString idleTimeoutText(const IdleTimeout &t);

    static QString formatMs(double ms);
    static QString formatUsd(double usd);
    static QString formatSimTime(double ms);
};

}  // namespace lle
