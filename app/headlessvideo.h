// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliprecording.h"
#include "commandline.h"

#include <functional>

namespace lle {

/// Makes the frames of a clip of `run`: the widgets layer's ClipFrames, handed in by the
/// composition root so that this layer knows no widgets.
using ClipSourceFactory = std::function<ClipFrameSource(RunPtr run, const ClipSpec &spec)>;

/// The ClipSpec of `--video` and its options for a run of `durationS` simulated seconds. The
/// range is checked by runHeadlessVideo.
ClipSpec clipSpecFromCommandLine(const CommandLine &commandLine, double durationS);

/// Runs `--headless … --video OUT`: reads the scenario (with --seed, --duration-s, --set),
/// simulates it, and records the clip the --video-* options ask for, frame by frame, drawn by
/// `frames`. Exit status 2 for a bad option or a range outside the run (the message names the
/// flag), 3 when OUT cannot be written (nothing is left behind), 1 when interrupted.
/// Needs a QApplication (the frames are widgets, offscreen will do) and runs its event loop.
int runHeadlessVideo(const CommandLine &commandLine, const ClipSourceFactory &frames);

}  // namespace lle
