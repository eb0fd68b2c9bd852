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

// The report page's neutrals (app/reportpage.cpp): paper, text and rules of a printed page.
inline constexpr QRgb kPaper = 0xFFFFFF;
inline constexpr QRgb kPageInk = 0x1A1A1A;
inline constexpr QRgb kPageMuted = 0x5A5A5A;
/// Captions of a bill line that costs nothing in this run.
inline constexpr QRgb kPageUnused = 0x8A8A8A;
inline constexpr QRgb kPageRule = 0xD9D9D9;
/// Figure borders on paper.
inline constexpr QRgb kPagePrintRule = 0xCCCCCC;
inline constexpr QRgb kPageBand = 0xF5F5F5;
/// A tag ("billed since Aug 2025"): orange's border on a pale orange, in a dark orange.
inline constexpr QRgb kTagFill = 0xFDF0D5;
inline constexpr QRgb kTagText = 0x6B4700;

/// A phase of an environment's lifecycle.
QRgb phase(Phase p);
/// A line of the bill (`summary.json`'s `cost` keys): the cost plot and the report's bill agree.
QRgb costLine(std::string_view key);
/// "#RRGGBB" for HTML and style sheets.
QString css(QRgb rgb);

}  // namespace lle::colours
