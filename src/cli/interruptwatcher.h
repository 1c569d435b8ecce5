// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>
#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal on the thread that created the watcher. The
// handler only writes the signal's number into a socket pair (the one thing a handler may safely
// do); a QSocketNotifier reads it back in the event loop. One watcher at a time; the handlers
// in place before it come back when it is destroyed or after the first interruption, so that a
// second Ctrl+C ends the process at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();
    void restoreHandlers();

    int m_sockets[2] = { -1, -1 };
    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
};
