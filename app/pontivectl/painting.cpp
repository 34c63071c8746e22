#include "painting.h"

#include <QByteArray>
#include <QtGlobal>

namespace pontive::ctl {

bool needsPainting(int argc, char **argv)
{
    bool painting = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            painting = true;
    }
    if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return painting;
}

} // namespace pontive::ctl
