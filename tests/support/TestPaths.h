#pragma once

#include <QString>

namespace tp::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(TOUCHPOINT_SOURCE_DIR) + QLatin1Char('/') + relative;
}

inline QString serverBinary()
{
    return QStringLiteral(TOUCHPOINT_SERVER_BINARY);
}

} // namespace tp::test
