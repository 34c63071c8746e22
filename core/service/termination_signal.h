#pragma once

#include <QObject>

class QSocketNotifier;

namespace pontive::core {

// SIGTERM and SIGINT as a Qt signal in the owner's thread (the service manager stops a
// unit with SIGTERM): the program quits through its event loop, so the walls save what
// they show. One per program; the handler only writes a byte to a pipe.
class TerminationSignal : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignal(QObject *parent = nullptr);
    ~TerminationSignal() override;

signals:
    void requested(int signal);

private:
    static void handle(int signal);
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pontive::core
