// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeconfirmation.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RouteConfirmation)
};

QString question(const QList<RouteConcern>& concerns)
{
    const bool below = std::any_of(concerns.cbegin(), concerns.cend(), [](const RouteConcern& c) { return c.belowBar; });
    if (concerns.size() == 1)
        return below ? Text::tr("The evidence for %1 misses the bar of %2.").arg(concerns.at(0).modelId,
                                                                                  concerns.at(0).category)
                     : Text::tr("The evidence for %1 does not decide the bar of %2 yet.")
                           .arg(concerns.at(0).modelId, concerns.at(0).category);
    return Text::tr("The evidence for %n of these routes misses or does not decide its bar.", nullptr,
                    int(concerns.size()));
}
} // namespace

bool confirmRoutes(QWidget* parent, const QString& title, const QList<RouteConcern>& concerns, const QStringList& facts)
{
    if (concerns.isEmpty())
        return true;
    QStringList lines;
    for (const RouteConcern& concern : concerns)
        lines.append(concerns.size() == 1 ? concern.text : Text::tr("%1: %2").arg(concern.category, concern.text));
    lines += facts;
    QMessageBox box(QMessageBox::Warning, title, question(concerns), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("routeConfirmation"));
    box.setWindowModality(Qt::WindowModal);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton* route = box.addButton(Text::tr("Route Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == route;
}

RouteConfirmation dialogRouteConfirmation(QWidget* parent)
{
    return [parent](const QString& title, const QList<RouteConcern>& concerns, const QStringList& facts) {
        return confirmRoutes(parent, title, concerns, facts);
    };
}
