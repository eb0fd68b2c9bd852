// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lle {

/// A library the program is built with, for Help → About and the package's copyright file.
struct ThirdPartyComponent {
    QString name;       ///< "Qt", "QCustomPlot", "nlohmann/json"
    QString version;    ///< the version built against
    QString licence;    ///< SPDX identifier of the licence it is used under
    QString copyright;  ///< its copyright line
    QString url;        ///< where its source and licence text are
    const char *use;    ///< what it does here: English source text, translate with tr("lle::AboutInfo", …)
};

/// One source of the model reference, as the reference lists it ("S4", "docs.aws.amazon.com/…").
struct ModelSource {
    QString id;
    QString text;
};

/// Everything Help → About shows. The dialog only lays this out; nothing here depends on Qt Widgets.
struct AboutInfo {
    QString name;            ///< "Lambda Lifecycle Explorer"
    QString executable;      ///< "lambda-explorer"
    QString desktopId;       ///< the reverse-DNS id of the desktop file, icon and AppStream metainfo
    QString version;         ///< the project version, "0.1.0"
    QString commit;          ///< the git commit at configure time, "unknown" when built without git
    QString licence;         ///< SPDX identifier of the program's licence
    QString copyright;
    QString qtRuntimeVersion;  ///< the Qt the program runs with (may be newer than the one it was built with)
    QList<ThirdPartyComponent> thirdParty;
    QString modelTitle;      ///< the model reference the core implements
    QString modelDate;       ///< its date, as --version prints it
    QString modelScope;      ///< what its prices cover ("us-east-1, USD")
    QList<ModelSource> modelSources;
};

/// The About data of this build.
const AboutInfo &aboutInfo();

}  // namespace lle
