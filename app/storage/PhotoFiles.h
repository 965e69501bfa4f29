#pragma once

#include "storage/StorageTypes.h"

#include <QString>

#include <optional>

namespace tp::storage {

class DeviceDatabase;

struct ImportedPhoto
{
    QString sha256;   // lowercase hex; the photo's name on the server too
    QString fileName; // the copy kept by the app
};

constexpr qint64 kMaxPhotoBytes = 10 * 1024 * 1024;

// Copies a photo (from the camera or a file picker) into the app's photo folder under its
// SHA-256 and records it, so that the audit keeps it even if the original is deleted. The copy
// is flushed to disk before the row is committed: a row never names a missing file.
std::optional<ImportedPhoto> importPhoto(DeviceDatabase &db, const QString &sourceFile,
                                         const QString &photoFolder, QString *error);

} // namespace tp::storage
