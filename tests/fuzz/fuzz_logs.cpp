// SPDX-License-Identifier: GPL-3.0-or-later
// The CloudWatch log reader (text REPORT lines and JSON platform.report records) and the fit
// made from what it reads. The fitted scenario is what --calibrate writes as scenario.json, so it
// must be one the scenario reader accepts.
#include "fuzzsupport.h"

#include "calibration.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lle;
    if (size > fuzz::kMaxInputBytes)
        return 0;
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    ReportSamples samples;
    try {
        samples = readReportSamples(in, "log.txt");
    } catch (const TraceError &) {
        return 0;
    }
    const Calibration c = calibrate(samples);
    (void)calibrationCsv(c);
    const ScenarioResult back = parseScenario(writeScenario(c.scenario));
    if (!back.scenario) {
        for (const Problem &p : back.problems)
            std::fprintf(stderr, "%s\n", p.format().c_str());
        fuzz::fail("the calibrated scenario is not a valid scenario");
    }
    return 0;
}
