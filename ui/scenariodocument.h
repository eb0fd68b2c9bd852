// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

class QWidget;

namespace lle {

class SimulationController;

/// QSettings names of the window (recent files, last folder, geometry): QSettings(kSettingsOrganization,
/// kSettingsApplication), so that they do not depend on what the application object is called.
inline constexpr char kSettingsOrganization[] = "lambda-explorer";
inline constexpr char kSettingsApplication[] = "lambda-explorer";

/// The window's scenario as a document: the file it came from, whether it was changed since it was
/// opened or saved, recent files and the built-in examples. The controller's scenario is the
/// document's content; "modified" compares its written JSON with the text last opened or saved,
/// so whatever sets the scenario (sliders, lessons, a lab) is covered without telling this class.
class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    enum class SaveChoice { Save, Discard, Cancel };
    /// How the document tells the user something went wrong (title, text). Default: a warning box.
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    /// Asked before unsaved changes are lost. Default: Save / Discard / Cancel box.
    using SavePrompt = std::function<SaveChoice()>;
    /// Asked for a file name: to open (`save` false) or to save as, starting at `suggested`.
    /// Empty: the user cancelled. Default: QFileDialog.
    using FileChooser = std::function<QString(bool save, const QString &suggested)>;

    struct Example {
        QString path;    ///< ":/scenarios/….json"
        QString title;   ///< the scenario's name, translated
    };

    static constexpr int kMaxRecentFiles = 8;

    /// `dialogParent` parents the default dialogs (may be null).
    ScenarioDocument(SimulationController *controller, QWidget *dialogParent, QObject *parent = nullptr);

    /// The file the scenario was opened from or saved to; empty for a new document or an example.
    QString filePath() const { return m_filePath; }
    /// The file name shown in the title ("untitled", or the example's file name).
    QString displayFileName() const;
    bool isModified() const { return m_modified; }
    /// "name — file[*] — Lambda Lifecycle Explorer" (QWidget::setWindowTitle form).
    QString windowTitle() const;
    /// What the unsaved-changes prompt says, naming the scenario in the current language.
    QString unsavedChangesText() const;

    QStringList recentFiles() const;
    QString lastFolder() const;
    /// The example scenarios shipped as resources, by file name.
    static QList<Example> examples();

    void setMessageSink(MessageSink sink) { m_messageSink = std::move(sink); }
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    // Without asking about unsaved changes (the request* slots ask first).
    /// The built-in default scenario, untitled.
    void newDocument();
    /// Opens a scenario file. A file that cannot be read or does not validate opens nothing: the
    /// message sink gets every problem (file, key, what is allowed) and false is returned.
    bool open(const QString &path);
    /// Opens a built-in example; it is untitled (Save asks for a file name).
    bool openExample(const QString &resourcePath);
    /// Writes the scenario to `path` (atomically) and makes it the document's file.
    bool saveAs(const QString &path);
    /// Saves to the document's file, or asks for one.
    bool save();
    /// When modified, asks whether to save first. True: go on (saved or discarded).
    bool maybeSave();
    void clearRecentFiles();
    /// Sets the document's reference to the current scenario (after setScenario outside).
    void markClean();

public slots:
    void requestNew();
    void requestOpen();
    void requestOpenFile(const QString &path);
    void requestExample(const QString &resourcePath);
    bool requestSave() { return save(); }
    bool requestSaveAs();

signals:
    void modifiedChanged(bool modified);
    /// The window title changed (file, name or modified mark).
    void titleChanged(const QString &title);
    void recentFilesChanged();

private:
    void updateModified();
    void setFile(const QString &path, const QString &displayName);
    void addRecentFile(const QString &path);
    void setLastFolder(const QString &folder);
    void warn(const QString &title, const QString &text) const;
    /// Loads a file (or resource) and reports its problems; applies it when valid.
    bool load(const QString &path, bool isExample);

    SimulationController *m_controller;
    QPointer<QWidget> m_dialogParent;
    QString m_filePath;
    QString m_displayName;
    Scenario m_saved;   ///< as last opened or saved: what "modified" is measured against
    bool m_modified = false;
    QString m_shownTitle;
    MessageSink m_messageSink;
    SavePrompt m_savePrompt;
    FileChooser m_fileChooser;
};

}  // namespace lle
