#include "storage/PhotoFiles.h"

#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tp::storage {

std::optional<ImportedPhoto> importPhoto(DeviceDatabase &db, const QString &sourceFile,
                                         const QString &photoFolder, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ImportedPhoto> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("cannot read the photo %1: %2").arg(sourceFile, source.errorString()));
    if (source.size() > kMaxPhotoBytes)
        return fail(QStringLiteral("the photo is larger than %1 MB").arg(kMaxPhotoBytes >> 20));
    const QByteArray bytes = source.readAll();
    if (bytes.isEmpty())
        return fail(QStringLiteral("the photo file is empty"));
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString suffix = QFileInfo(sourceFile).suffix().toLower();
    if (suffix.isEmpty() || suffix.size() > 5)
        suffix = QStringLiteral("jpg");
    if (!QDir().mkpath(photoFolder))
        return fail(QStringLiteral("cannot create the photo folder %1").arg(photoFolder));
    const QString target = QDir(photoFolder).filePath(sha256 + QLatin1Char('.') + suffix);
    if (!QFileInfo::exists(target)) {
        QSaveFile copy(target); // written to a temporary name, flushed, then renamed
        if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit())
            return fail(QStringLiteral("cannot keep the photo: %1").arg(copy.errorString()));
    }
    if (!db.run(QStringLiteral("INSERT OR IGNORE INTO photos (sha256, file_name, bytes, added_at) "
                               "VALUES (?, ?, ?, ?)"),
                {sha256, target, bytes.size(), nowTimestamp()}))
        return fail(db.lastError());
    return ImportedPhoto{sha256, target};
}

} // namespace tp::storage
