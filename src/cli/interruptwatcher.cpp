// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptwatcher.h"

#include <cerrno>
#include <fcntl.h>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace {
volatile std::sig_atomic_t writeSocket = -1;
}

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_sockets) != 0)
        return;
    ::fcntl(m_sockets[1], F_SETFL, ::fcntl(m_sockets[1], F_GETFL) | O_NONBLOCK);
    writeSocket = m_sockets[1];
    m_notifier = new QSocketNotifier(m_sockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = &InterruptWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_previousInt);
    ::sigaction(SIGTERM, &action, &m_previousTerm);
    m_installed = true;
}

InterruptWatcher::~InterruptWatcher()
{
    restoreHandlers();
    writeSocket = -1;
    delete m_notifier;
    for (int socket : m_sockets) {
        if (socket >= 0)
            ::close(socket);
    }
}

void InterruptWatcher::handle(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    if (writeSocket >= 0 && ::write(writeSocket, &byte, 1) < 0) {
        // Nothing to do: a full socket already holds an interruption to report.
    }
    errno = savedErrno;
}

void InterruptWatcher::readSignal()
{
    char byte = 0;
    if (::read(m_sockets[0], &byte, 1) != 1)
        return;
    restoreHandlers();
    Q_EMIT interrupted(int(byte));
}

void InterruptWatcher::restoreHandlers()
{
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &m_previousInt, nullptr);
    ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    m_installed = false;
}
