// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QMainWindow>

#include "model/maskcommand.h"

#include <cstring>

int main(int argc, char *argv[])
{
    // `ferry mask`: a console filter that must run without a display, so before any QApplication.
    if (argc > 1 && std::strcmp(argv[1], "mask") == 0) {
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        return ferry::model::runMaskCommand(args);
    }

    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}
