// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QRgb>
#include <QString>

#include <string_view>

/// The colours every layer draws with, defined once: the window's palette (widgets/palette.h), the
/// report's figures and its HTML page use these. Okabe–Ito's set, which reads for the common colour
/// vision deficiencies and on a projector; the palette adds only the light/dark desktop handling.
namespace lle::colours {

inline constexpr QRgb kGrey = 0x999999;
inline constexpr QRgb kDarkGrey = 0x666666;
inline constexpr QRgb kReddishPurple = 0xCC79A7;
inline constexpr QRgb kOrange = 0xE69F00;
inline constexpr QRgb kVermillion = 0xD55E00;
inline constexpr QRgb kYellow = 0xF0E442;
/// The yellow of SnapStart as a line on white (kYellow is too light for a thin line).
inline constexpr QRgb kDarkYellow = 0xC8BA10;
inline constexpr QRgb kBlue = 0x0072B2;
inline constexpr QRgb kSkyBlue = 0x56B4E9;
/// Frozen environments' fill: sky blue, lighter (no alpha: cheap to paint).
inline constexpr QRgb kPaleSkyBlue = 0xBBE1F6;
inline constexpr QRgb kBluishGreen = 0x009E73;
inline constexpr QRgb kBlack = 0x000000;
/// Text and outlines that are not black.
inline constexpr QRgb kInk = 0x333333;

/// A phase of an environment's lifecycle.
QRgb phase(Phase p);
/// A line of the bill (`summary.json`'s `cost` keys): the cost plot and the report's bill agree.
QRgb costLine(std::string_view key);
/// "#RRGGBB" for HTML and style sheets.
QString css(QRgb rgb);

}  // namespace lle::colours
