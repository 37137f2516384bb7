// The desktop application: all of it lives in ui/.
#include <cstdio>
#include <cstring>

#include <QApplication>

#include "StudioApp.h"
#include "common/Allocator.h"

int main(int argc, char *argv[])
{
    // --version must work without a display, so answer it before any GUI exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("oneshot-studio %s\n", ONESHOT_VERSION);
            return 0;
        }
    }
    oneshot::keepFreedMemory(oneshot::Arenas::OnePerThread); // the GUI trims every half minute
    QApplication app(argc, argv);
    return oneshot::ui::runStudio(app);
}
