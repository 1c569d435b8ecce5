// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas.h"

#include <QCoreApplication>

namespace {
AreaInfo make(Area area, const char* key, const char* title)
{
    const QString keyText = QLatin1String(key);
    return { area, keyText, QCoreApplication::translate("Areas", title), u":/icons/areas/" + keyText + u".svg" };
}
} // namespace

QList<AreaInfo> allAreas()
{
    return {
        make(Area::Workspace, "workspace", QT_TRANSLATE_NOOP("Areas", "Workspace")),
        make(Area::Models, "models", QT_TRANSLATE_NOOP("Areas", "Models & providers")),
        make(Area::Runs, "runs", QT_TRANSLATE_NOOP("Areas", "Runs")),
        make(Area::Results, "results", QT_TRANSLATE_NOOP("Areas", "Results & charts")),
        make(Area::Routing, "routing", QT_TRANSLATE_NOOP("Areas", "Routing table")),
        make(Area::Dispatcher, "dispatcher", QT_TRANSLATE_NOOP("Areas", "Dispatcher")),
        make(Area::Shadow, "shadow", QT_TRANSLATE_NOOP("Areas", "Shadow compare")),
        make(Area::Export, "export", QT_TRANSLATE_NOOP("Areas", "Export")),
    };
}

AreaInfo areaInfo(Area area)
{
    return allAreas().at(int(area));
}
