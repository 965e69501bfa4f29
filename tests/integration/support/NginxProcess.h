#pragma once

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tp::test {

// Real nginx (Debian's /usr/sbin/nginx) running a site configuration template: the template's
// @NAME@ placeholders are replaced with `values`, and it is included in a small main
// configuration whose pid file, logs and temporary folders are all in a temporary directory.
// The destructor stops nginx (SIGTERM, then SIGKILL); nginx also gets SIGTERM if the test
// process dies first.
class NginxProcess
{
public:
    NginxProcess() = default;
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // The nginx binary, or an empty string when it is not installed.
    static QString executable();

    // Checks the configuration (nginx -t), starts nginx in the foreground and waits until every
    // one of `ports` on 127.0.0.1 accepts connections.
    bool start(const QString &templatePath, const QHash<QString, QString> &values,
               const QList<quint16> &ports, QString *error);
    void stop();
    bool isRunning() const;

    // The site configuration as nginx runs it (placeholders replaced).
    QString renderedConfiguration() const;
    // nginx's error log so far, for failure messages.
    QString errorLog() const;

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_process;
};

// A port on 127.0.0.1 that nothing listens on at the moment.
quint16 freeLoopbackPort();

} // namespace tp::test
