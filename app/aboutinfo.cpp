// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutinfo.h"

// Written by app/CMakeLists.txt at configure time: the git commit and the versions of the
// libraries found. Only this file includes it, so a new commit recompiles one file.
#include "aboutinfo_config.h"

#include <QtGlobal>

extern "C" {
#include <libavutil/avutil.h>
}

namespace lle {

namespace {

AboutInfo makeAboutInfo()
{
    AboutInfo a;
    a.name = QStringLiteral("Lambda Lifecycle Explorer");
    a.executable = QStringLiteral("lambda-explorer");
    a.desktopId = QStringLiteral("io.github.lambda_explorer.LambdaExplorer");
    a.version = QStringLiteral(LLE_VERSION);
    a.commit = QStringLiteral(LLE_GIT_COMMIT);
    a.licence = QStringLiteral("GPL-3.0-or-later");
    a.copyright = QStringLiteral("Copyright 2026 The Lambda Lifecycle Explorer authors");
    a.qtRuntimeVersion = QString::fromLatin1(qVersion());

    // The same components, licences and copyright lines as resources/desktop/copyright, which the
    // package installs as /usr/share/doc/lambda-explorer/copyright (tst_aboutinfo compares them).
    a.thirdParty = {
        {QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("Copyright The Qt Company Ltd. and other contributors"),
         QStringLiteral("https://www.qt.io/"),
         QT_TRANSLATE_NOOP("lle::AboutInfo", "application framework and user interface (dynamically linked)")},
        {QStringLiteral("QCustomPlot"), QStringLiteral(LLE_QCUSTOMPLOT_VERSION), QStringLiteral("GPL-3.0-or-later"),
         QStringLiteral("Copyright 2011-2021 Emanuel Eichhammer"),
         QStringLiteral("https://www.qcustomplot.com/"),
         QT_TRANSLATE_NOOP("lle::AboutInfo", "the live plots (dynamically linked)")},
        {QStringLiteral("nlohmann/json"), QStringLiteral(LLE_NLOHMANN_JSON_VERSION), QStringLiteral("MIT"),
         QStringLiteral("Copyright 2013-2022 Niels Lohmann"),
         QStringLiteral("https://github.com/nlohmann/json"),
         QT_TRANSLATE_NOOP("lle::AboutInfo", "reading and writing scenario and result files (compiled in)")},
        // Debian builds FFmpeg with --enable-gpl (libx264 among its encoders): GPL-2.0-or-later.
        {QStringLiteral("FFmpeg"), QString::fromLatin1(av_version_info()), QStringLiteral("GPL-2.0-or-later"),
         QStringLiteral("Copyright 2000-2022 the FFmpeg developers"),
         QStringLiteral("https://ffmpeg.org/"),
         QT_TRANSLATE_NOOP("lle::AboutInfo", "recording clips as MP4 (H.264, x264), WebM (VP9, libvpx) and GIF (dynamically linked)")},
    };

    // The reference the core implements: /work/shared/reference/lambda-model.md, "Sources".
    a.modelTitle = QStringLiteral("The Lambda execution-environment model: facts, figures and the choices we make");
    a.modelDate = QStringLiteral(LLE_MODEL_VERSION);
    a.modelScope = QStringLiteral("us-east-1, USD");
    a.modelSources = {
        {QStringLiteral("S1"), QStringLiteral("aws.amazon.com/lambda/pricing")},
        {QStringLiteral("S2"), QStringLiteral("AWS Price List API, AWSLambda, us-east-1 (2025-10)")},
        {QStringLiteral("S3"), QStringLiteral("AWS Compute Blog, \"AWS Lambda standardizes billing for INIT Phase\" (Apr 2025)")},
        {QStringLiteral("S4"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html")},
        {QStringLiteral("S5"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html")},
        {QStringLiteral("S6"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/snapstart.html")},
        {QStringLiteral("S8"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/snapstart-monitoring.html")},
        {QStringLiteral("S9"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-java.html")},
        {QStringLiteral("S10"), QStringLiteral("aws.amazon.com/lambda/faqs")},
        {QStringLiteral("S11"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html")},
        {QStringLiteral("S12"), QStringLiteral("AWS News Blog, \"functions now scale 12 times faster\" (Nov 2023)")},
        {QStringLiteral("S13"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html")},
        {QStringLiteral("S14"), QStringLiteral("github.com/awsdocs/aws-lambda-developer-guide (2023)")},
        {QStringLiteral("S15"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html")},
        {QStringLiteral("S16"), QStringLiteral("AWS News Blog, \"Functions with up to 10 GB of memory and 6 vCPUs\" (Dec 2020)")},
        {QStringLiteral("S18"), QStringLiteral("docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html")},
        {QStringLiteral("S19"), QStringLiteral("github.com/maxday/lambda-perf data")},
        {QStringLiteral("S20"), QStringLiteral("mikhail.io cold-start studies (2019–)")},
        {QStringLiteral("S21"), QStringLiteral("theburningmonk.com (2017)")},
        {QStringLiteral("S23"), QStringLiteral("xebia.com, \"AWS Lambda terminates instances preemptively\"")},
        {QStringLiteral("S24"), QStringLiteral("lucvandonkersgoed.com (2022)")},
        {QStringLiteral("S28"), QStringLiteral("botocore TooManyRequestsException")},
        {QStringLiteral("S31"), QStringLiteral("github.com/alexcasalboni/aws-lambda-power-tuning README")},
        {QStringLiteral("S32"), QStringLiteral("Mahmoudi & Khazaei, \"SimFaaS\" (CLOSER'21), github.com/pacslab/simfaas")},
        {QStringLiteral("S33"), QStringLiteral("Shahrad et al., \"Serverless in the Wild\" (USENIX ATC'20), "
                                               "github.com/Azure/AzurePublicDataset")},
        {QStringLiteral("S34"), QStringLiteral("Azure Public Dataset, AzureFunctionsInvocationTrace2021.md")},
    };
    return a;
}

}  // namespace

const AboutInfo &aboutInfo()
{
    static const AboutInfo info = makeAboutInfo();
    return info;
}

}  // namespace lle
