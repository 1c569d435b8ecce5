// SPDX-License-Identifier: GPL-3.0-or-later
#include "activewindow.h"
#include "areafixture.h"
#include "areascreenshot.h"
#include "catalogue/pricecatalogue.h"
#include "common/emptystateoverlay.h"
#include "document/selection.h"
#include "modelsarea/modelform.h"
#include "modelsarea/modelsarea.h"
#include "modelsarea/providerform.h"
#include "modelsarea/storekeydialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class TestModelsArea : public QObject, private AreaFixture<ModelsArea>
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpArea(); }
    void cleanup() { tearDownArea(); }

    void selectsAndFollows()
    {
        QCOMPARE(m_area->currentProvider(), 0);
        QCOMPARE(m_area->currentModel(), 0);
        QCOMPARE(m_selection->model(), u"gpt-4o-mini"_s);
        m_selection->setModel(u"claude-haiku"_s);
        QCOMPARE(m_area->currentModel(), 2);
        const QLineEdit* id = field<ModelForm, QLineEdit>(u"idEdit"_s);
        QCOMPARE(id->text(), u"claude-haiku"_s);
        auto* models = m_area->findChild<QTableView*>(u"modelsView"_s);
        models->setCurrentIndex(models->model()->index(1, 0));
        QCOMPARE(m_selection->model(), u"gpt-4o"_s);
    }

    void renameProviderInTheForm()
    {
        QLineEdit* name = field<ProviderForm, QLineEdit>(u"nameEdit"_s);
        name->setText(u"oai"_s);
        name->setModified(true);
        Q_EMIT name->editingFinished();
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_document->workspace().model(u"gpt-4o"_s)->provider, u"oai"_s);
        const QComboBox* provider = field<ModelForm, QComboBox>(u"providerCombo"_s);
        QCOMPARE(provider->currentText(), u"oai"_s);
        stack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    void renameModelInTheForm()
    {
        QLineEdit* id = field<ModelForm, QLineEdit>(u"idEdit"_s);
        id->setText(u"mini"_s);
        id->setModified(true);
        Q_EMIT id->editingFinished();
        QCOMPARE(m_document->workspace().routing.defaultChain, QStringList { u"mini"_s });
        QCOMPARE(m_selection->model(), u"mini"_s);
        stack()->undo();
        QCOMPARE(m_selection->model(), u"gpt-4o-mini"_s);
    }

    void kindBringsItsDefaultUrl()
    {
        auto* kinds = field<ProviderForm, QComboBox>(u"kindCombo"_s);
        kinds->setCurrentIndex(kinds->findData(u"gemini"_s));
        QCOMPARE(m_document->workspace().providers.at(0).kind, ProviderKind::Gemini);
        QCOMPARE(m_document->workspace().providers.at(0).baseUrl, defaultBaseUrl(ProviderKind::Gemini));
        QCOMPARE(stack()->count(), 1);
    }

    void priceEditsAreUndoable()
    {
        auto* input = field<ModelForm, QDoubleSpinBox>(u"inputPriceSpin"_s);
        input->setValue(0.25);
        input->setValue(0.3); // one field typed in: one step
        QCOMPARE(m_document->workspace().models.at(0).price.input, 0.3);
        QCOMPARE(stack()->count(), 1);
        auto* cached = field<ModelForm, QDoubleSpinBox>(u"cachedPriceSpin"_s);
        QCOMPARE(cached->value(), cached->minimum()); // not set
        cached->setValue(0.1);
        QCOMPARE(m_document->workspace().models.at(0).price.cachedInput, std::optional<double>(0.1));
        stack()->undo();
        stack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    void offersTheListPrice()
    {
        const auto entry = PriceCatalogue::bundled().find(m_document->workspace().providers.at(0), u"gpt-4o-mini"_s);
        QVERIFY(entry);
        ModelSpec model = m_document->workspace().models.at(0);
        model.price = { 9.0, 9.0 };
        m_area->addModel(model);
        auto* label = field<ModelForm, QLabel>(u"catalogueLabel"_s);
        QVERIFY2(label->text().contains(u"href"), qPrintable(label->text()));
        Q_EMIT label->linkActivated(u"use"_s);
        QCOMPARE(m_document->workspace().models.at(3).price, entry->price);
        QVERIFY(!label->text().contains(u"href"));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().models.at(3).price, model.price);
    }

    void removingAUsedProviderAsksFirst_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("providers");
        QTest::addColumn<int>("models");
        QTest::newRow("cancelled") << false << 2 << 3;
        QTest::newRow("accepted") << true << 1 << 1;
    }

    void removingAUsedProviderAsksFirst()
    {
        QFETCH(bool, accept);
        QFETCH(int, providers);
        QFETCH(int, models);
        QString question;
        answerNextQuestion(accept, &question);
        action(u"Remove Provider"_s)->trigger();
        QVERIFY2(question.contains(u"gpt-4o-mini, gpt-4o"), qPrintable(question));
        QCOMPARE(m_document->workspace().providers.size(), providers);
        QCOMPARE(m_document->workspace().models.size(), models);
        QCOMPARE(stack()->count(), accept ? 1 : 0);
        if (accept) {
            stack()->undo();
            QCOMPARE(m_document->workspace(), testWorkspace());
        }
    }

    void removingAnUnusedProviderDoesNotAsk()
    {
        m_area->addProvider(Provider { u"spare"_s });
        QCOMPARE(m_area->currentProvider(), 2);
        action(u"Remove Provider"_s)->trigger(); // a question would block here
        QCOMPARE(m_document->workspace().providers.size(), 2);
    }

    void removingARoutedModelAsks()
    {
        answerNextQuestion(true);
        action(u"Remove Model"_s)->trigger();
        QCOMPARE(m_document->workspace().models.size(), 2);
        QVERIFY(m_document->workspace().routing.defaultChain.isEmpty());
    }

    void addsUniqueModels()
    {
        m_area->addModel(ModelSpec { u"gpt-4o"_s, u"openai"_s });
        QCOMPARE(m_document->workspace().models.at(3).id, u"gpt-4o-2"_s);
        QCOMPARE(m_area->currentModel(), 3);
        action(u"Duplicate Model"_s)->trigger();
        QCOMPARE(m_document->workspace().models.at(4).id, u"gpt-4o-2-copy"_s);
        action(u"Add Model"_s)->trigger();
        QCOMPARE(m_document->workspace().models.size(), 6);
        QCOMPARE(stack()->count(), 3);
    }

    void storeKeyDialogHidesTheKey()
    {
        m_area->show();
        field<ProviderForm, QPushButton>(u"storeKeyButton"_s)->click();
        auto* dialog = m_area->findChild<StoreKeyDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->entry(), u"openai"_s);
        auto* key = dialog->findChild<QLineEdit*>(u"keyEdit"_s);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        key->setText(u"not-a-real-key"_s);
        QVERIFY(save->isEnabled());
        dialog->reject();
        QVERIFY(key->text().isEmpty());
        QCOMPARE(stack()->count(), 0);
    }

    void secretHeadersWarn_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("warns");
        QTest::newRow("authorization") << u"Authorization"_s << true;
        QTest::newRow("api key") << u"X-Api-Key"_s << true;
        QTest::newRow("token") << u"x-auth-token"_s << true;
        QTest::newRow("organisation") << u"OpenAI-Organization"_s << false;
        QTest::newRow("referer") << u"HTTP-Referer"_s << false;
    }

    void secretHeadersWarn()
    {
        QFETCH(QString, header);
        QFETCH(bool, warns);
        QCOMPARE(!ProviderForm::secretHeaderWarning({ { header, u"value"_s } }).isEmpty(), warns);
    }

    void emptyStatesSayWhatToDo()
    {
        m_document->reset(Workspace {});
        QVERIFY(emptyState(u"providersView"_s)->isShown());
        QVERIFY(emptyState(u"providersView"_s)->message().startsWith(u"No providers yet"));
        QVERIFY(emptyState(u"modelsView"_s)->message().startsWith(u"Add a provider first"));
        QVERIFY(!action(u"Add Model"_s)->isEnabled());
        m_area->addProvider(Provider { u"local"_s, ProviderKind::Ollama });
        QVERIFY(action(u"Add Model"_s)->isEnabled());
        QVERIFY(emptyState(u"modelsView"_s)->message().startsWith(u"No models yet"));
    }

    void screenshot()
    {
        const QString sample = QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml");
        QVERIFY(!sample.isEmpty());
        const WorkspaceLoad load = m_document->load(sample);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QVERIFY(!saveScreenshot(m_area.get(), u"models-area"_s).isEmpty());
        m_selection->setModel(m_document->workspace().models.at(1).id);
        m_area->findChild<QTabWidget*>(u"detailTabs"_s)->setCurrentIndex(1);
        QVERIFY(!saveScreenshot(m_area.get(), u"models-area-model"_s).isEmpty());
        m_document->reset(Workspace {});
        QVERIFY(!saveScreenshot(m_area.get(), u"models-area-empty"_s).isEmpty());
    }

    // Add puts the focus on the new item's first field with its text selected: typing replaces it.
    void typingAfterAddNamesTheNewItem()
    {
        QVERIFY(showAndActivate(m_area.get()));
        const int models = int(m_document->workspace().models.size());
        for (const QString& id : { u"mini-a"_s, u"mini-b"_s }) {
            action(u"Add Model"_s)->trigger();
            auto* idEdit = m_area->findChild<ModelForm*>()->findChild<QLineEdit*>(u"idEdit"_s);
            QCOMPARE(QApplication::focusWidget(), idEdit);
            QCOMPARE(idEdit->selectedText(), idEdit->text());
            QTest::keyClicks(idEdit, id);
            QTest::keyClick(idEdit, Qt::Key_Return);
        }
        QCOMPARE(m_document->workspace().models.at(models).id, u"mini-a"_s);
        QCOMPARE(m_document->workspace().models.at(models + 1).id, u"mini-b"_s);
        action(u"Add Provider"_s)->trigger();
        auto* name = m_area->findChild<ProviderForm*>()->findChild<QLineEdit*>(u"nameEdit"_s);
        QCOMPARE(QApplication::focusWidget(), name);
        QCOMPARE(name->selectedText(), name->text());
    }

private:
    template<typename Form, typename T>
    T* field(const QString& name) const
    {
        T* widget = m_area->findChild<Form*>()->template findChild<T*>(name);
        if (!widget)
            qFatal("no field named %s", qPrintable(name));
        return widget;
    }
    EmptyStateOverlay* emptyState(const QString& viewName) const
    {
        return m_area->findChild<QTableView*>(viewName)->viewport()->findChild<EmptyStateOverlay*>();
    }
    QAction* action(const QString& text) const
    {
        for (QAction* action : m_area->actions()) {
            if (action->text() == text)
                return action;
        }
        qFatal("no action %s", qPrintable(text));
    }
    // Answers the message box the next action opens, once it is up.
    void answerNextQuestion(bool accept, QString* text = nullptr)
    {
        QTimer::singleShot(0, this, [accept, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (text)
                *text = box->text();
            for (QAbstractButton* button : box->buttons()) {
                const bool isCancel = box->standardButton(button) == QMessageBox::Cancel;
                if (isCancel != accept) {
                    button->click();
                    return;
                }
            }
        });
    }
    QUndoStack* stack() const { return m_document->undoStack(); }
};

QTEST_MAIN(TestModelsArea)
#include "tst_modelsarea.moc"
