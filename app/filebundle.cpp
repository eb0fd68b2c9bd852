// SPDX-License-Identifier: GPL-3.0-or-later
#include "filebundle.h"

#include <QDir>

namespace lle {

FileBundle::FileBundle(QString dir) : m_dir(std::move(dir)) {}

FileBundle::~FileBundle() = default;   // OutputFile drops a temporary file that was never committed

bool FileBundle::write(const QString &name, const QByteArray &bytes)
{
    auto file = std::make_unique<OutputFile>(QDir(m_dir).filePath(name));
    OutputFile &f = *file;
    m_files.push_back(std::move(file));
    if (!f.open() || (f.buffer().assign(bytes.constData(), static_cast<std::size_t>(bytes.size())), !f.flush())) {
        if (m_error.isEmpty())
            m_error = f.errorString();
        return false;
    }
    return true;
}

bool FileBundle::commit()
{
    if (!m_error.isEmpty()) {
        discard();
        return false;
    }
    for (const auto &f : m_files) {
        if (!f->commit()) {
            m_error = f->errorString();
            discard();
            return false;
        }
    }
    return true;
}

void FileBundle::discard()
{
    for (const auto &f : m_files)
        f->discard();
}

QStringList FileBundle::filePaths() const
{
    QStringList paths;
    for (const auto &f : m_files)
        paths.append(f->path());
    return paths;
}

}  // namespace lle
