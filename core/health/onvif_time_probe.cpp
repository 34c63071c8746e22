#include "onvif_time_probe.h"

#include "health_logging.h"
#include "onvif_client.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

namespace {

ProbeSymptom symptomOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Timeout: return ProbeSymptom::Timeout;
    case ErrorCode::Unreachable: return ProbeSymptom::Unreachable;
    case ErrorCode::NotAuthorized: return ProbeSymptom::Auth;
    case ErrorCode::Refused: return ProbeSymptom::Refused;
    case ErrorCode::NotFound: return ProbeSymptom::NotFound;
    default: return ProbeSymptom::StreamError;
    }
}

} // namespace

OnvifTimeProbe::OnvifTimeProbe(std::chrono::milliseconds timeout, int threads) : m_timeout(timeout)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
}

OnvifTimeProbe::~OnvifTimeProbe()
{
    m_pool.waitForDone();
}

void OnvifTimeProbe::start(const ProbeTarget &target, Done done)
{
    const QUrl url = onvif::OnvifClient::deviceUrlFromInput(target.onvifUrl);
    if (!url.isValid() || url.isEmpty()) {
        QTimer::singleShot(0, [done = std::move(done)] {
            done(ProbeResult::failure(ProbeSymptom::NotFound, QStringLiteral("ONVIF: not a device service address")));
        });
        return;
    }
    onvif::OnvifClientOptions options;
    options.connectTimeout = m_timeout;
    options.ioTimeout = m_timeout;
    const onvif::OnvifCredentials credentials{target.username, target.password};
    // The watcher lives in the caller's thread: `done` runs there.
    auto *watcher = new QFutureWatcher<ProbeResult>();
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [url, credentials, options]() -> ProbeResult {
        QElapsedTimer clock;
        clock.start();
        onvif::OnvifClient client(url, credentials, options);
        const auto answer = client.systemDateTime();
        const std::chrono::milliseconds elapsed(clock.elapsed());
        if (answer)
            return ProbeResult::success(elapsed);
        qCDebug(lcHealth).noquote() << "ONVIF GetSystemDateAndTime failed:" << answer.error().detail;
        return ProbeResult::failure(symptomOf(answer.error().code), QStringLiteral("ONVIF: ") + answer.error().detail, elapsed);
    }));
}

ProbeChain::OnvifHook OnvifTimeProbe::hook(std::shared_ptr<OnvifTimeProbe> probe)
{
    return [probe](const ProbeTarget &target, CameraProbe::Done done) { probe->start(target, std::move(done)); };
}

} // namespace pontive::core
