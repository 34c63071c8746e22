// A PTZ client the kill test can SIGKILL mid-move: moves camera URL right at half speed
// through the wall's controller stack, says "moving" once the camera accepted it, and
// then keeps the stick held until it is killed.
#include "ptz/onvif_ptz_controller.h"
#include "ptz/rate_limited_ptz_controller.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: pontive_ptz_mover DEVICE_URL USER PASSWORD\n");
        return 2;
    }
    using namespace pontive;
    core::OnvifPtzController camera(QUrl(args[1]), {args[2], args[3]});
    core::RateLimitedPtzController stick(&camera);
    bool said = false;
    QObject::connect(&camera, &core::PtzController::commandFinished, [&said](core::PtzCommand command, bool ok, const QString &) {
        if (command == core::PtzCommand::Move && ok && !said) {
            said = true;
            std::puts("moving");
            std::fflush(stdout);
        }
    });
    stick.move({0.5, 0, 0});
    return app.exec();
}
