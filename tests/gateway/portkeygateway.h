// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <QObject>
#include <QProcess>
#include <QString>

class QNetworkAccessManager;

// The real Portkey gateway (@portkey-ai/gateway from npm, installed by packaging/setup-debian.sh),
// run by node for the length of a test. It has no bind-address option, so it is started with
// loopback.cjs preloaded: that forces its listen() onto 127.0.0.1 and refuses any connection to a
// host outside the loopback range (and says so on stderr).
class PortkeyGateway : public QObject
{
    Q_OBJECT
public:
    explicit PortkeyGateway(QObject* parent = nullptr);
    ~PortkeyGateway() override;

    static QString installDir();
    static QString version(); // of the installed package; empty when it is not installed
    // Why the gateway cannot run here (no node, not installed); empty when it can.
    static QString missingReason();

    // Starts it on a free port of 127.0.0.1 and waits until it answers; false with a reason if not.
    bool start(const QString& preloadScript, QString* error);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT
    QByteArray output() const { return m_output; } // stdout and stderr, merged

    // The README's deployment step, run literally by sh in the config's folder:
    //   export PORTKEY_CONFIG="$(envsubst '${A} ${B}' < portkey-config.json)"
    // with each variable set to "sk-test-<NAME>". shellFormat empty runs a bare "envsubst <", which
    // also replaces every "$eq" of the conditional router. Returns the filled config, compacted to
    // one line as an application's header carries it; empty with the reason in error on failure.
    static QByteArray filledConfig(const QString& configPath, const QStringList& variables,
                                   const QString& shellFormat, QString* error);
    static QString envsubstMissingReason(); // empty when envsubst (gettext-base) is installed
    // The workspace's Portkey export written to folder/portkey-config.json and filled in as above,
    // with the key variables the export names.
    static QByteArray deployedConfig(const Workspace& workspace, const QString& folder, QString* error);

    // A chat request for a category through the running gateway with config as x-portkey-config.
    struct Reply {
        int status = 0;
        QString model;
        QString content;
        QByteArray body;
    };
    Reply chat(QNetworkAccessManager& network, const QByteArray& config, const QString& category,
               const QString& prompt) const;

private:
    bool waitUntilAnswering(int timeoutMs);

    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
