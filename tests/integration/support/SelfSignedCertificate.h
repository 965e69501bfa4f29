#pragma once

#include "CommandRunner.h"

#include <QString>

namespace tp::test {

// A throwaway self-signed certificate for 127.0.0.1 (RSA 2048, two days), made by openssl into
// `certificatePath` and `keyPath` (PEM, the key unencrypted).
CommandResult makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath);

} // namespace tp::test
