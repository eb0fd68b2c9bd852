// SPDX-License-Identifier: GPL-3.0-or-later
#include "colours.h"

namespace lle::colours {

QRgb phase(Phase p)
{
    switch (p) {
    case Phase::EnvSetup: return kGrey;
    case Phase::ExtensionInit: return kReddishPurple;
    case Phase::RuntimeInit: return kOrange;
    case Phase::FunctionInit: return kVermillion;
    case Phase::Restore: return kYellow;
    case Phase::Invoke: return kBlue;
    case Phase::Frozen: return kSkyBlue;
    case Phase::Shutdown: return kBlack;
    }
    return kGrey;
}

QRgb costLine(std::string_view key)
{
    if (key == "requests") return kGrey;
    if (key == "duration") return kBluishGreen;
    if (key == "init") return kVermillion;
    if (key == "provisioned_capacity" || key == "provisioned_duration") return kBlue;
    if (key == "snapstart_cache" || key == "snapstart_restore") return kDarkYellow;
    if (key == "instances" || key == "management_fee") return kReddishPurple;
    if (key == "tenant_environments") return kSkyBlue;
    return kInk;
}

QString css(QRgb rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
}

}  // namespace lle::colours
