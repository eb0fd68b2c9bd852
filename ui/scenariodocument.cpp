// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodocument.h"

#include "lessonstrings.h"
#include "scenariodiff.h"
#include "scenariofile.h"
#include "scenarioio.h"
#include "simulationcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace lle {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kLastFolderKey = QStringLiteral("lastFolder");
const QString kExamplesDir = QStringLiteral(":/scenarios");

// The examples' names (resources/scenarios), for the menu in the window's language; the files keep
// the English name, as every scenario file does.
[[maybe_unused]] constexpr const char *kExampleNames[] = {
    QT_TRANSLATE_NOOP("lle::ScenarioDocument", "Sparse traffic idles out"),
    QT_TRANSLATE_NOOP("lle::ScenarioDocument", "Morning peak with provisioned concurrency"),
    QT_TRANSLATE_NOOP("lle::ScenarioDocument", "Java with SnapStart"),
    QT_TRANSLATE_NOOP("lle::ScenarioDocument", "More memory: CPU-bound vs I/O-bound"),
};
}  // namespace

ScenarioDocument::ScenarioDocument(SimulationController *controller, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_controller(controller), m_dialogParent(dialogParent)
{
    m_saved = m_controller->scenario();
    connect(m_controller, &SimulationController::scenarioChanged, this, &ScenarioDocument::updateModified);
}

QString ScenarioDocument::displayFileName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return tr("untitled");
}

QString ScenarioDocument::windowTitle() const
{
    const QString name = scenarioDisplayName(m_controller->scenario().name);
    if (name.isEmpty())
        return tr("%1[*] — Lambda Lifecycle Explorer").arg(displayFileName());
    return tr("%1 — %2[*] — Lambda Lifecycle Explorer").arg(name, displayFileName());
}

void ScenarioDocument::updateModified()
{
    const bool modified = !diffScenarios(m_saved, m_controller->scenario()).empty();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    // The name is part of the title and may have been edited too.
    const QString title = windowTitle();
    if (title != m_shownTitle) {
        m_shownTitle = title;
        emit titleChanged(title);
    }
}

void ScenarioDocument::markClean()
{
    m_saved = m_controller->scenario();
    updateModified();
}

void ScenarioDocument::setFile(const QString &path, const QString &displayName)
{
    m_filePath = path;
    m_displayName = displayName;
}

void ScenarioDocument::warn(const QString &title, const QString &text) const
{
    if (m_messageSink) {
        m_messageSink(title, text);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialogParent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

// --- recent files and folders ------------------------------------------------------------------

QStringList ScenarioDocument::recentFiles() const
{
    const QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    return settings.value(kRecentKey).toStringList().mid(0, kMaxRecentFiles);
}

void ScenarioDocument::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    settings.setValue(kRecentKey, files);
    emit recentFilesChanged();
}

void ScenarioDocument::clearRecentFiles()
{
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    settings.remove(kRecentKey);
    emit recentFilesChanged();
}

QString ScenarioDocument::lastFolder() const
{
    const QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    const QString folder = settings.value(kLastFolderKey).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void ScenarioDocument::setLastFolder(const QString &folder)
{
    QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
    settings.setValue(kLastFolderKey, folder);
}

QList<ScenarioDocument::Example> ScenarioDocument::examples()
{
    QList<Example> list;
    const QStringList names = QDir(kExamplesDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        // default.json is the build's placeholder for the built-in scenario (File → New).
        if (name == QLatin1String("default.json"))
            continue;
        const QString path = kExamplesDir + QLatin1Char('/') + name;
        const ScenarioFile f = loadScenarioFile(path);
        // An example that does not validate is a build error caught by the tests; the menu
        // shows it anyway, so that opening it shows its problems instead of hiding it.
        list.append({path, f.scenario ? QCoreApplication::translate("lle::ScenarioDocument", f.scenario->name.c_str()) : name});
    }
    return list;
}

// --- opening and saving --------------------------------------------------------------------------

void ScenarioDocument::newDocument()
{
    m_controller->setScenario(defaultScenario());
    setFile({}, {});
    markClean();
}

bool ScenarioDocument::load(const QString &path, bool isExample)
{
    const ScenarioFile f = loadScenarioFile(path);
    if (f.status != ScenarioFile::Status::Ok) {
        const QString shown = isExample ? QFileInfo(path).fileName() : QDir::toNativeSeparators(path);
        const QString text = f.status == ScenarioFile::Status::Invalid
            ? tr("%1 was not opened: it is not a valid scenario.\n\n%2").arg(shown, f.messages.join(QLatin1Char('\n')))
            : tr("%1 could not be opened.\n\n%2").arg(shown, f.messages.join(QLatin1Char('\n')));
        if (f.status == ScenarioFile::Status::Unreadable && !isExample) {
            // A recent file that has gone away leaves the list.
            QStringList files = recentFiles();
            if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
                QSettings settings{QLatin1String(kSettingsOrganization), QLatin1String(kSettingsApplication)};
                settings.setValue(kRecentKey, files);
                emit recentFilesChanged();
            }
        }
        warn(tr("Open scenario"), text);
        return false;
    }
    m_controller->setScenario(*f.scenario);
    const QFileInfo info(path);
    if (isExample) {
        setFile({}, info.fileName());
    } else {
        setFile(info.absoluteFilePath(), info.fileName());
        addRecentFile(info.absoluteFilePath());
        setLastFolder(info.absolutePath());
    }
    markClean();
    return true;
}

bool ScenarioDocument::open(const QString &path) { return load(path, false); }

bool ScenarioDocument::openExample(const QString &resourcePath) { return load(resourcePath, true); }

bool ScenarioDocument::saveAs(const QString &path)
{
    QString error;
    if (!saveScenarioFile(path, m_controller->scenario(), &error)) {
        warn(tr("Save scenario"), tr("The scenario was not saved.\n\n%1").arg(error));
        return false;
    }
    const QFileInfo info(path);
    setFile(info.absoluteFilePath(), info.fileName());
    addRecentFile(info.absoluteFilePath());
    setLastFolder(info.absolutePath());
    markClean();   // also announces the title, which holds the file name
    return true;
}

bool ScenarioDocument::save()
{
    if (m_filePath.isEmpty())
        return requestSaveAs();
    return saveAs(m_filePath);
}

bool ScenarioDocument::requestSaveAs()
{
    QString suggested = m_filePath;
    if (suggested.isEmpty())
        suggested = QDir(lastFolder()).filePath(m_displayName.isEmpty() ? QStringLiteral("scenario.json") : m_displayName);
    QString path;
    if (m_fileChooser) {
        path = m_fileChooser(true, suggested);
    } else {
        path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save scenario as"), suggested,
                                            tr("Scenario files (*.json)"));
    }
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveAs(path);
}

QString ScenarioDocument::unsavedChangesText() const
{
    // A built-in scenario's name in the window's language, like the title.
    return tr("The scenario “%1” has changes that are not saved.").arg(scenarioDisplayName(m_controller->scenario().name));
}

bool ScenarioDocument::maybeSave()
{
    if (!m_modified)
        return true;
    SaveChoice choice = SaveChoice::Cancel;
    if (m_savePrompt) {
        choice = m_savePrompt();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), unsavedChangesText(), QMessageBox::NoButton,
                        m_dialogParent);
        box.setInformativeText(tr("Save them before going on?"));
        // Our own texts: Qt's standard buttons would stay English in a Korean window.
        QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(save);
        box.setEscapeButton(cancel);
        box.exec();
        choice = box.clickedButton() == save      ? SaveChoice::Save
            : box.clickedButton() == discard ? SaveChoice::Discard
                                             : SaveChoice::Cancel;
    }
    switch (choice) {
    case SaveChoice::Save: return save();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
    }
    return false;
}

void ScenarioDocument::requestNew()
{
    if (maybeSave())
        newDocument();
}

void ScenarioDocument::requestOpen()
{
    if (!maybeSave())
        return;
    const QString path = m_fileChooser
        ? m_fileChooser(false, lastFolder())
        : QFileDialog::getOpenFileName(m_dialogParent, tr("Open scenario"), lastFolder(),
                                       tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void ScenarioDocument::requestOpenFile(const QString &path)
{
    if (maybeSave())
        open(path);
}

void ScenarioDocument::requestExample(const QString &resourcePath)
{
    if (maybeSave())
        openExample(resourcePath);
}

}  // namespace lle
