// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colours.h"
#include "format.h"
#include "runrecorder.h"
#include "types.h"
#include "vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <functional>

class QCustomPlot;
class QWidget;

namespace lle {

/// The neutral colours of the live views — background, text, axes, grid, the playhead — taken from
/// the application's QPalette, so that the window follows the desktop's light or dark theme. The
/// phase and start-type colours (Palette below) are the same in both; exported PNGs and the report
/// do not use these and stay light.
struct Chrome {
    bool dark = false;
    QColor background;       ///< canvases and plot backgrounds (QPalette::Base)
    QColor panel;            ///< strips a little off the background (the KPI strip)
    QColor text;             ///< titles, values, labels
    QColor mutedText;        ///< captions
    QColor axis;             ///< axis lines, ticks, tick labels
    QColor edge;             ///< arrows between the diagram's boxes, reference lines in plots
    QColor grid;
    QColor subGrid;
    QColor future;           ///< the lanes after the playhead
    QColor labelBackground;  ///< the backing of a label drawn over data (slightly transparent)
    QColor playhead;
    QColor mark;             ///< what is black on paper: throttled crosses, neutral accents
    QColor outline;          ///< Palette::outline() on light; a light grey on dark
    QColor hintBackground;   ///< the "What am I seeing?" line
    QColor hintBorder;
    QColor answerBackground; ///< a lesson's answer box
    QColor questionText;     ///< a lesson's question
    QColor waitingText;      ///< "play on to continue" in the lesson panel
};

/// The one palette every view uses (Okabe–Ito, design/window.md): a phase, a start type or a cost
/// line has one colour in the diagram, the lanes, the plots and the legends. The names are the
/// vocabulary's (app/vocabulary.h), the numbers the format's (app/format.h).
class Palette {
public:
    static QColor phase(Phase p);
    /// A lighter fill for large areas (frozen lanes).
    static QColor phaseFill(Phase p);
    static QColor startType(StartType s);
    static QColor coldStart() { return QColor(colours::kVermillion); }
    static QColor warmStart() { return QColor(colours::kBluishGreen); }
    static QColor provisioned() { return QColor(colours::kBlue); }
    static QColor snapStart() { return QColor(colours::kYellow); }
    static QColor requestsCost() { return QColor(colours::costLine("requests")); }
    static QColor outline() { return QColor(colours::kInk); }
    static QColor changeMarker() { return QColor(colours::kReddishPurple); }
    static QColor playhead() { return QColor(colours::kBlack); }
    static QColor throttled() { return QColor(colours::kBlack); }
    static QColor busy() { return QColor(colours::kBlue); }

    // --- light and dark -------------------------------------------------------------------------
    /// True when the palette's background is darker than its text.
    static bool isDark(const QPalette &palette);
    /// The neutral colours for `palette` (a widget's palette()), or for the application's palette.
    static Chrome chrome(const QPalette &palette);
    static Chrome chrome();
    /// `c` made readable as text or a thin line on the chrome's background: a little darker on
    /// light, a little lighter on dark (a phase colour keeps its hue).
    static QColor onBackground(const QColor &c, const Chrome &chrome);
    /// A dark palette in the Fusion style's roles, for LLE_PALETTE=dark and the tests; on a desktop
    /// the platform theme supplies the palette.
    static QPalette darkPalette();
    /// Background, axes, grid, legend, titles and playhead of a live plot from the chrome of the
    /// application palette. Plots drawn for files (reportplots) keep QCustomPlot's light defaults.
    static void styleLivePlot(QCustomPlot *plot);
    /// Styles now and again whenever the application palette changes (a theme switch).
    static void followPalette(QCustomPlot *plot);
    /// Calls `apply` now and whenever the application palette changes, while `widget` lives
    /// (for style sheets that carry colours).
    static void followPalette(QWidget *widget, std::function<void()> apply);
    /// The style sheets of the explanation line and the lesson panel's labels for the chrome.
    static QString hintStyleSheet(const Chrome &chrome);
    static QString answerStyleSheet(const Chrome &chrome);
    static QString questionStyleSheet(const Chrome &chrome);
    static QString waitingStyleSheet(const Chrome &chrome);
};

}  // namespace lle
