// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricescommand.h"

#include "pricestext.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <QFileInfo>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PricesCommand)
};

struct Options {
    QString workspacePath;
    QString listPath;
    bool apply = false;
    bool json = false;
};

int writePrices(const Workspace& workspace, const PriceReview& review, const QString& path, QTextStream& err)
{
    QString error;
    if (!writeWorkspaceFile(PriceReviewer::apply(workspace, review), path, &error)) {
        err << Text::tr("prices: could not write %1: %2").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    err << Text::tr("prices: wrote the new prices to %1; models changed: %2").arg(path).arg(review.changeCount())
        << Qt::endl;
    return ExitSuccess;
}

int importPrices(const Options& options, QTextStream& out, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    const PriceListLoad list = PriceListReader::readFile(options.listPath);
    if (!list.list) {
        err << Text::tr("prices: %1").arg(list.error) << Qt::endl;
        return ExitFailure;
    }
    const PriceReview review
        = PriceReviewer::review(load.workspace, *list.list, QFileInfo(options.listPath).fileName());
    const bool writing = options.apply && review.hasChanges();
    const int written = writing ? writePrices(load.workspace, review, options.workspacePath, err) : ExitSuccess;
    out << (options.json ? priceReviewJson(review, writing && written == ExitSuccess) : priceReviewText(review));
    if (options.apply && !review.hasChanges())
        err << Text::tr("prices: nothing to apply; the workspace already has these prices") << Qt::endl;
    return written;
}
} // namespace

QString PricesCommand::name() const
{
    return QStringLiteral("prices");
}

QString PricesCommand::summary() const
{
    return tr("Compare the models' prices with a price list (LiteLLM's or OpenRouter's), and optionally apply it");
}

int PricesCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        tr("The price list: LiteLLM's model_prices_and_context_window.json or OpenRouter's models JSON."),
        QStringLiteral("file"));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         tr("Write the new prices into the workspace file."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("table"));
    commandLine.addOptions({ importOption, applyOption, formatOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QString format = commandLine.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return commandLine.usageError(tr("prices: unknown format '%1'; expected table or json").arg(format));
    if (commandLine.value(importOption).isEmpty())
        return commandLine.usageError(tr("prices: --import FILE is required: the price list to compare with"));
    return importPrices({ commandLine.workspace(), commandLine.value(importOption), commandLine.isSet(applyOption),
                          format == QLatin1String("json") },
                        out, err);
}
