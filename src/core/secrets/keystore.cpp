// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include <memory>
#include <QFileInfo>
#include <qt6keychain/keychain.h>
#include <QTimer>
#include <utility>

namespace {

constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(20);

// Keyrings on Linux and the BSDs are reached over the D-Bus session bus; without one, backends
// fail with nothing better than "Unknown error".
bool sessionBusReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QLatin1String("/bus"));
#else
    return true;
#endif
}

// Why a keyring job failed, in words a user can act on. The backend's own text is used only when
// the error has no better name; it never holds the secret (backends do not echo it).
QString keyringReason(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return KeyStore::tr("there is no such entry. Store the key from the provider's settings, or name an "
                            "environment variable that holds it instead.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeyStore::tr("access to the keyring was denied. Unlock the keyring and try again.");
    case QKeychain::NoBackendAvailable:
        return KeyStore::tr("no keyring service is available on this system (such as GNOME Keyring or KWallet). "
                            "Keep the key in an environment variable instead.");
    case QKeychain::NotImplemented:
        return KeyStore::tr("this system's keyring is not supported.");
    case QKeychain::CouldNotDeleteEntry:
        return KeyStore::tr("the entry could not be deleted.");
    case QKeychain::NoError:
    case QKeychain::OtherError:
        break;
    }
    if (!sessionBusReachable())
        return KeyStore::tr("no D-Bus session is running, so no keyring service (such as GNOME Keyring or KWallet) "
                            "can be reached. Keep the key in an environment variable instead.");
    return KeyStore::tr("the keyring service reported \"%1\". Check that a keyring such as GNOME Keyring or KWallet "
                        "is running and unlocked.")
        .arg(detail.isEmpty() ? KeyStore::tr("unknown error") : detail);
}

// Replaces any occurrence of the secret, in case a backend ever quotes what it was given.
QString withoutSecret(QString message, const QString& secret)
{
    if (!secret.isEmpty())
        message.replace(secret, QStringLiteral("•••"));
    return message;
}

} // namespace

KeyStore::KeyStore(QObject* parent)
    : QObject(parent)
    , m_timeout(defaultTimeout)
{
}

KeyStore::~KeyStore() = default;

QString KeyStore::serviceName()
{
    return QStringLiteral("Signalbox");
}

void KeyStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeyStore::resolve(const QString& providerName, const KeyReference& reference)
{
    switch (reference.store) {
    case KeyReference::Store::Environment:
        resolveFromEnvironment(providerName, reference.name);
        return;
    case KeyReference::Store::Keyring:
        resolveFromKeyring(providerName, reference.name);
        return;
    case KeyReference::Store::None:
        break;
    }
    QMetaObject::invokeMethod(
        this, [this, providerName] { Q_EMIT keyResolved(providerName, QString()); }, Qt::QueuedConnection);
}

void KeyStore::resolveFromEnvironment(const QString& providerName, const QString& variable)
{
    const QByteArray name = variable.toLocal8Bit();
    const QString key = variable.isEmpty() ? QString() : qEnvironmentVariable(name.constData()).trimmed();
    QString message;
    if (variable.isEmpty())
        message = tr("No environment variable is named for the API key.");
    else if (!qEnvironmentVariableIsSet(name.constData()))
        message = tr("The environment variable %1 is not set. Set it to the API key before starting Signalbox, "
                     "or store the key in the keyring.")
                      .arg(variable);
    else if (key.isEmpty())
        message = tr("The environment variable %1 is empty.").arg(variable);
    QMetaObject::invokeMethod(
        this,
        [this, providerName, key, message] {
            if (message.isEmpty())
                Q_EMIT keyResolved(providerName, key);
            else
                Q_EMIT keyFailed(providerName, message);
        },
        Qt::QueuedConnection);
}

void KeyStore::resolveFromKeyring(const QString& providerName, const QString& entry)
{
    const auto fail = [this, providerName, entry](const QString& reason) {
        Q_EMIT keyFailed(providerName, tr("Cannot read the API key \"%1\" from the keyring: %2").arg(entry, reason));
    };
    if (entry.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, providerName] { Q_EMIT keyFailed(providerName, tr("No keyring entry is named for the API key.")); },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entry);
    startJob(
        job,
        [this, providerName](QKeychain::Job* finished) {
            const QString key = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData().trimmed();
            Q_EMIT keyResolved(providerName, key);
        },
        fail);
}

void KeyStore::store(const QString& entry, const QString& key)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entry);
    job->setTextData(key);
    startJob(
        job, [this, entry](QKeychain::Job*) { Q_EMIT keyStored(entry); },
        [this, entry, key](const QString& reason) {
            Q_EMIT keyringFailed(
                entry, withoutSecret(tr("Cannot store the API key \"%1\" in the keyring: %2").arg(entry, reason), key));
        });
}

void KeyStore::remove(const QString& entry)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entry);
    startJob(
        job, [this, entry](QKeychain::Job*) { Q_EMIT keyRemoved(entry); },
        [this, entry](const QString& reason) {
            Q_EMIT keyringFailed(entry, tr("Cannot remove the API key \"%1\" from the keyring: %2").arg(entry, reason));
        });
}

// Runs a keyring job with a deadline: whichever comes first, its answer or the deadline, settles it.
template <typename OnFinished, typename OnFailed>
void KeyStore::startJob(QKeychain::Job* job, OnFinished onFinished, OnFailed onFailed)
{
    auto settled = std::make_shared<bool>(false);
    auto* deadline = new QTimer(job);
    deadline->setSingleShot(true);
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
    connect(deadline, &QTimer::timeout, this, [settled, onFailed, seconds] {
        if (!std::exchange(*settled, true))
            onFailed(tr("the keyring did not answer within %n second(s).", nullptr, seconds));
    });
    connect(job, &QKeychain::Job::finished, this, [settled, deadline, onFinished, onFailed](QKeychain::Job* finished) {
        deadline->stop();
        if (std::exchange(*settled, true))
            return;
        if (finished->error() == QKeychain::NoError)
            onFinished(finished);
        else
            onFailed(keyringReason(finished->error(), finished->errorString()));
    });
    job->setAutoDelete(true);
    deadline->start(m_timeout);
    job->start();
}
