// SPDX-License-Identifier: GPL-3.0-or-later
// The Dispatcher area's editor: rule buttons, the classifier and default, and the test box.
#include "common/noticebanner.h"
#include "dispatcheredits.h"
#include "dispatcherarea.h"
#include "dispatchrulesmodel.h"
#include "document/workspacedocument.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>

void DispatcherArea::refreshEditor()
{
    const auto& dispatcher = m_document->workspace().dispatcher;
    m_pages->setCurrentIndex(dispatcher ? 1 : 0);
    fillCombos();
    QStringList problems;
    if (dispatcher) {
        for (qsizetype i = 0; i < dispatcher->rules.size(); ++i) {
            const QString problem = DispatchRulesModel::problem(dispatcher->rules.at(i), m_document->workspace());
            if (!problem.isEmpty())
                problems.append(tr("Rule %1: %2").arg(i + 1).arg(problem));
        }
        if (dispatcher->rules.isEmpty() && !dispatcher->classifier)
            problems.append(tr("Add a rule or choose a classifier: until then every request goes to the default."));
    }
    m_rulesNotice->setText(problems.join(u' '));
    updateRuleButtons();
    updateTest();
}

void DispatcherArea::fillCombos()
{
    const Workspace& workspace = m_document->workspace();
    const std::optional<DispatcherSpec>& dispatcher = workspace.dispatcher;
    const QSignalBlocker blockModel(m_classifierModel);
    const QSignalBlocker blockFallback(m_fallback);
    const QSignalBlocker blockPrompt(m_prompt);
    m_filling = true;
    m_classifierModel->clear();
    m_classifierModel->addItem(tr("No classifier"), QString());
    for (const ModelSpec& model : workspace.models)
        m_classifierModel->addItem(model.label(), model.id);
    m_fallback->clear();
    m_fallback->addItem(tr("The default route"), DispatcherSpec::defaultRoute);
    for (const Category& category : workspace.categories)
        m_fallback->addItem(category.name, category.name);
    if (dispatcher) {
        const QString model = dispatcher->classifier ? dispatcher->classifier->model : QString();
        m_classifierModel->setCurrentIndex(qMax(0, m_classifierModel->findData(model)));
        m_fallback->setCurrentIndex(qMax(0, m_fallback->findData(dispatcher->fallback)));
        const QString prompt = dispatcher->classifier ? dispatcher->classifier->prompt : QString();
        if (m_prompt->toPlainText() != prompt)
            m_prompt->setPlainText(prompt);
    }
    m_prompt->setEnabled(dispatcher && dispatcher->classifier);
    m_filling = false;
}

void DispatcherArea::onClassifierEdited()
{
    if (m_filling)
        return;
    const QString model = m_classifierModel->currentData().toString();
    DispatcherEdits::setClassifier(m_document, model, model.isEmpty() ? QString() : m_prompt->toPlainText(),
                                   sender() == m_prompt ? DispatcherEdits::ClassifierPrompt : DispatcherEdits::NoMerge);
}

QString DispatcherArea::testVerdict() const
{
    return m_testResult->text();
}

void DispatcherArea::updateTest()
{
    const auto& dispatcher = m_document->workspace().dispatcher;
    const QString input = m_testInput->toPlainText();
    if (!dispatcher || input.trimmed().isEmpty()) {
        m_testResult->setText(tr("Type a request above: the rule it fires shows here as you type."));
        return;
    }
    const RuleMatcher matcher(dispatcher->rules);
    const Dispatch dispatch = dispatchByRules(*dispatcher, matcher, input);
    if (dispatch.source == Dispatch::Source::Rule) {
        m_testResult->setText(tr("Rule %1 fires (%2): the request goes to %3.")
                                  .arg(dispatch.rule + 1)
                                  .arg(DispatchRulesModel::describe(dispatcher->rules.at(dispatch.rule)), dispatch.category));
    } else if (dispatcher->classifier) {
        m_testResult->setText(tr("No rule matches: the classifier (%1) decides; what it cannot place goes to %2.")
                                  .arg(dispatcher->classifier->model, dispatcher->fallback));
    } else {
        m_testResult->setText(tr("No rule matches: the request goes to %1.").arg(dispatcher->fallback));
    }
}

void DispatcherArea::updateRuleButtons()
{
    const int row = m_rulesView->currentIndex().row();
    const int count = m_rulesModel->rowCount();
    m_removeRule->setEnabled(row >= 0 && row < count);
    m_ruleUp->setEnabled(row > 0 && row < count);
    m_ruleDown->setEnabled(row >= 0 && row + 1 < count);
}

void DispatcherArea::addRule()
{
    const int row = m_rulesView->currentIndex().row();
    const int at = row < 0 ? m_rulesModel->rowCount() : row + 1;
    DispatcherEdits::addRule(m_document, at, DispatcherEdits::newRule(m_document->workspace()));
    m_rulesView->setCurrentIndex(m_rulesModel->index(at, DispatchRulesModel::KeywordsColumn));
}

void DispatcherArea::removeRule()
{
    DispatcherEdits::removeRule(m_document, m_rulesView->currentIndex().row());
}

void DispatcherArea::moveRule(int by)
{
    const QModelIndex current = m_rulesView->currentIndex();
    if (!current.isValid())
        return;
    DispatcherEdits::moveRule(m_document, current.row(), current.row() + by);
    m_rulesView->setCurrentIndex(m_rulesModel->index(current.row() + by, current.column()));
}
