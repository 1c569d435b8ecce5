// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadecommand.h"
#include "commanddispatcher.h"
#include "dispatchcommand.h"
#include "driftcommand.h"
#include "exportcommand.h"
#include "pricescommand.h"
#include "reportcommand.h"
#include "rolloutcommand.h"
#include "runcommand.h"
#include "shadowcommand.h"
#include "suggestcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Signalbox"));

    // The source text is English; its catalogue holds the plural forms ("1 case", "2 cases").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/signalbox_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    CommandDispatcher dispatcher;
    dispatcher.add(std::make_unique<DispatchCommand>());
    dispatcher.add(std::make_unique<DriftCommand>());
    dispatcher.add(std::make_unique<CascadeCommand>());
    dispatcher.add(std::make_unique<ExportCommand>());
    dispatcher.add(std::make_unique<PricesCommand>());
    dispatcher.add(std::make_unique<ReportCommand>());
    dispatcher.add(std::make_unique<RolloutCommand>());
    dispatcher.add(std::make_unique<RunCommand>());
    dispatcher.add(std::make_unique<ShadowCommand>());
    dispatcher.add(std::make_unique<SuggestCommand>());
    dispatcher.add(std::make_unique<ValidateCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = dispatcher.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
