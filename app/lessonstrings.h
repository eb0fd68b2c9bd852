// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace lle {

/// The lesson texts (source language) as lessonstrings.cpp lists them for lupdate.
int lessonStringCount();
const char *lessonString(int i);
/// The names of the built-in scenarios (examples and the default), likewise.
int scenarioNameCount();
const char *scenarioName(int i);

/// A scenario's name as the window shows it: a built-in scenario's or a lesson's name in the
/// current language, any other name as it is written in its file.
inline QString scenarioDisplayName(const std::string &name)
{
    const QByteArray utf8 = QByteArray::fromStdString(name);
    const QString source = QString::fromUtf8(utf8);
    for (const char *context : {"ScenarioName", "Lesson"}) {
        const QString t = QCoreApplication::translate(context, utf8.constData());
        if (t != source)
            return t;
    }
    return source;
}

}  // namespace lle
