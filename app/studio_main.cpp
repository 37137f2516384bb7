// The desktop application: all of it lives in ui/.
#include <QApplication>

#include "StudioApp.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return oneshot::ui::runStudio(app);
}
