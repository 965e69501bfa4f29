#pragma once

#include <QString>
#include <QtGlobal>

namespace tp::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(TOUCHPOINT_SOURCE_DIR) + QLatin1Char('/') + relative;
}

// The touchpoint-server the tests start: this build's, or the one TOUCHPOINT_TEST_SERVER names
// (tools/test-sanitized runs the integration tests against its sanitized build).
inline QString serverBinary()
{
    return qEnvironmentVariable("TOUCHPOINT_TEST_SERVER", QStringLiteral(TOUCHPOINT_SERVER_BINARY));
}

} // namespace tp::test
