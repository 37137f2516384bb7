#pragma once

#include <QObject>

class QSocketNotifier;

namespace oneshot::ui {

/// Turns SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl-C) into a Qt signal on the GUI
/// thread, through a socket pair the handler writes one byte to (all a handler may safely do),
/// so the application can stop training, keep its checkpoint and save its settings before it
/// quits with status 0.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace oneshot::ui
