<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is %2 dollars per million tokens; expected 0 to %3</source>
        <translation>%1 sind %2 Dollar pro Million Tokens; erwartet wird 0 bis %3</translation>
    </message>
    <message>
        <source>LiteLLM price list</source>
        <translation>LiteLLM-Preisliste</translation>
    </message>
    <message>
        <source>OpenRouter models list</source>
        <translation>OpenRouter-Modellliste</translation>
    </message>
</context>
<context>
    <name>AccuracyCostChart</name>
    <message>
        <source>Cost per 1,000 requests (US dollars, logarithmic scale)</source>
        <translation>Kosten pro 1.000 Anfragen (US-Dollar, logarithmische Skala)</translation>
    </message>
    <message>
        <source>Accuracy (% of trials passed)</source>
        <translation>Genauigkeit (% bestandener Durchgänge)</translation>
    </message>
    <message>
        <source>Model, with its 95% interval</source>
        <translation>Modell mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Quality bar (%1)</source>
        <translation>Qualitätsschwelle (%1)</translation>
    </message>
    <message>
        <source>bar %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>%1 · free</source>
        <translation>%1 · kostenlos</translation>
    </message>
    <message>
        <source>Accuracy %1 (95% interval %2 – %3)</source>
        <translation>Genauigkeit %1 (95-%-Intervall %2 – %3)</translation>
    </message>
    <message>
        <source>n = %1 trials</source>
        <translation>n = %1 Durchgänge</translation>
    </message>
    <message>
        <source>Cost %1 per 1,000 requests</source>
        <translation>Kosten %1 pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>Cost: free (no cost recorded; drawn at the left edge)</source>
        <translation>Kosten: kostenlos (keine Kosten erfasst; am linken Rand gezeichnet)</translation>
    </message>
    <message>
        <source>Latency p50 %1 ms · p95 %2 ms</source>
        <translation>Latenz p50 %1 ms · p95 %2 ms</translation>
    </message>
    <message>
        <source>Errors %1 (counted as failures)</source>
        <translation>Fehler %1 (als nicht bestanden gezählt)</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>On the Pareto frontier: no other model is both cheaper and at least as accurate</source>
        <translation>Auf der Pareto-Front: Kein anderes Modell ist zugleich günstiger und mindestens so genau</translation>
    </message>
    <message>
        <source>Cascade, simulated on the run</source>
        <translation>Kaskade, simuliert auf dem Lauf</translation>
    </message>
    <message>
        <source>Selected: %1 (click a point to select another)</source>
        <translation>Ausgewählt: %1 (klicken Sie auf einen Punkt, um einen anderen auszuwählen)</translation>
    </message>
    <message>
        <source>Latency not measured (answered through a provider&apos;s batch API)</source>
        <translation>Latenz nicht gemessen (über die Batch-API des Anbieters beantwortet)</translation>
    </message>
</context>
<context>
    <name>AccuracyHeatmap</name>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>%1 · %2
Not run on this category</source>
        <translation>%1 · %2
In dieser Kategorie nicht ausgeführt</translation>
    </message>
    <message>
        <source>Errors: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Bar %1: %2; %3 likely to meet it (%4 of %5 cases)</source>
        <translation>Schwelle %1: %2; %3 Wahrscheinlichkeit, sie zu erreichen (%4 von %5 Testfällen)</translation>
    </message>
    <message>
        <source>Accuracy per category and model · cost per 1k requests · ✓ meets its category&apos;s bar, ✗ is below it</source>
        <translation>Genauigkeit pro Kategorie und Modell · Kosten pro 1.000 Anfragen · ✓ erreicht die Schwelle seiner Kategorie, ✗ liegt darunter</translation>
    </message>
    <message>
        <source>%1 · %2
Accuracy %3 (95% interval %4–%5), %6 of %7 trials
Cost %8 per 1k requests
Latency p50 %9 · p95 %10</source>
        <translation>%1 · %2
Genauigkeit %3 (95-%-Intervall %4–%5), %6 von %7 Versuchen
Kosten %8 pro 1.000 Anfragen
Latenz p50 %9 · p95 %10</translation>
    </message>
</context>
<context>
    <name>AnthropicBatchClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The batch expired before this request was processed.</source>
        <translation>Der Batch ist abgelaufen, bevor diese Anfrage verarbeitet wurde.</translation>
    </message>
    <message>
        <source>The batch was cancelled before this request was processed.</source>
        <translation>Der Batch wurde abgebrochen, bevor diese Anfrage verarbeitet wurde.</translation>
    </message>
    <message>
        <source>%1 batches at the provider fit this one (%2); which is this run&apos;s cannot be told.</source>
        <translation>%1 Batches beim Anbieter passen zu diesem (%2); welcher zu diesem Lauf gehört, lässt sich nicht sagen.</translation>
    </message>
</context>
<context>
    <name>AnthropicClient</name>
    <message>
        <source>The response has no content array</source>
        <translation>Die Antwort enthält kein content-Array</translation>
    </message>
    <message>
        <source>stop_reason: refusal</source>
        <translation>stop_reason: refusal</translation>
    </message>
</context>
<context>
    <name>AppliedScorers</name>
    <message>
        <source>category scorer %1 (%2): %3</source>
        <translation>Bewerter %1 der Kategorie (%2): %3</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Models &amp; providers</source>
        <translation>Modelle &amp; Anbieter</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Results &amp; charts</source>
        <translation>Ergebnisse &amp; Diagramme</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <source>Shadow compare</source>
        <translation>Schattenvergleich</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden</translation>
    </message>
    <message>
        <source>nothing was written to it</source>
        <translation>es wurde nichts hineingeschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>BarVerdict</name>
    <message>
        <source>Meets the bar</source>
        <translation>Erreicht die Schwelle</translation>
    </message>
    <message>
        <source>Below the bar</source>
        <translation>Unter der Schwelle</translation>
    </message>
    <message>
        <source>Undecided: no results yet</source>
        <translation>Unentschieden: noch keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>Undecided: more than %n more cases would be needed</source>
        <translation>
            <numerusform>Unentschieden: mehr als %n weiterer Testfall wäre nötig</numerusform>
            <numerusform>Unentschieden: mehr als %n weitere Testfälle wären nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undecided: about %n more cases would likely decide it</source>
        <translation>
            <numerusform>Unentschieden: etwa %n weiterer Testfall würde es wahrscheinlich entscheiden</numerusform>
            <numerusform>Unentschieden: etwa %n weitere Testfälle würden es wahrscheinlich entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided: exactly at the bar, which more cases cannot settle</source>
        <translation>Unentschieden: genau auf der Schwelle, was auch mehr Testfälle nicht entscheiden können</translation>
    </message>
</context>
<context>
    <name>BatchClient</name>
    <message>
        <source>The provider&apos;s answer names no batch (no &quot;%1&quot;).</source>
        <translation>Die Antwort des Anbieters nennt keinen Batch (kein „%1“).</translation>
    </message>
    <message>
        <source>The provider&apos;s list of batches runs past %1 pages, and the batch was not among them.</source>
        <translation>Die Liste der Batches beim Anbieter ist länger als %1 Seiten, und der Batch war nicht darunter.</translation>
    </message>
</context>
<context>
    <name>BatchLane</name>
    <message>
        <source>The provider no longer knows this batch (%1).</source>
        <translation>Der Anbieter kennt diesen Batch nicht mehr (%1).</translation>
    </message>
    <message>
        <source>the provider gave no reason</source>
        <translation>der Anbieter nannte keinen Grund</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Der Batch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The batch ended without an answer for this request.</source>
        <translation>Der Batch endete ohne Antwort auf diese Anfrage.</translation>
    </message>
    <message>
        <source>The batch was not accepted: %1</source>
        <translation>Der Batch wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>%1 could not be asked whether it already holds this batch, so its jobs were not sent again: %2</source>
        <translation>%1 war nicht zu fragen, ob dieser Batch dort schon liegt; seine Aufträge wurden deshalb nicht noch einmal gesendet: %2</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>submitted %1 min ago</source>
        <translation>vor %1 min übermittelt</translation>
    </message>
    <message>
        <source>submitted %1 h ago</source>
        <translation>vor %1 h übermittelt</translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 of %4 done</source>
        <translation>Batch %1 von %2: %3 von %4 erledigt</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>Cannot open the results database %1</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot configure the results database</source>
        <translation>Die Ergebnisdatenbank kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>Cannot record a batch of run %1</source>
        <translation>Ein Batch von Lauf %1 kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation>Batch %1 kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot record the progress of a batch</source>
        <translation>Der Fortschritt eines Batches kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot record the state of a batch</source>
        <translation>Der Zustand eines Batches kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot forget an unsent batch</source>
        <translation>Ein nicht gesendeter Batch kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Cannot read the batches of run %1</source>
        <translation>Die Batches von Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the jobs of a batch</source>
        <translation>Die Aufträge eines Batches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot read the open batches</source>
        <translation>Die offenen Batches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the sending of batch %1</source>
        <translation>Das Senden von Batch %1 kann nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Cannot read the batches at %1</source>
        <translation>Die Batches bei %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>BatchTransfer</name>
    <message>
        <source>The response passed %1 MB and was not read to the end.</source>
        <translation>Die Antwort überschritt %1 MB und wurde nicht bis zum Ende gelesen.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>is larger than %1 MB, the most Signalbox reads from such a file</source>
        <translation>ist größer als %1 MB, das Maximum, das Signalbox aus einer solchen Datei liest</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a FIFO (a named pipe), not a file</source>
        <translation>ist ein FIFO (eine benannte Pipe), keine Datei</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist</source>
        <translation>ist ein Link auf %1, das nicht existiert</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a link to %1, which %2</source>
        <translation>ist ein Link auf %1; das Ziel %2</translation>
    </message>
    <message>
        <source>is %1 MB, larger than %2 MB, the most Signalbox reads from such a file</source>
        <translation>ist %1 MB groß, größer als %2 MB, das Maximum, das Signalbox aus einer solchen Datei liest</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CacheWarning</name>
    <message>
        <source>%1% of these answers came from the response cache</source>
        <translation>%1 % dieser Antworten stammen aus dem Antwort-Cache</translation>
    </message>
    <message>
        <source>%1% of these answers were cached on %2</source>
        <translation>%1 % dieser Antworten wurden am %2 gecacht</translation>
    </message>
    <message>
        <source>%1% of these answers were cached, the oldest on %2</source>
        <translation>%1 % dieser Antworten wurden gecacht, die älteste am %2</translation>
    </message>
</context>
<context>
    <name>CascadeCheck</name>
    <message>
        <source>a cascade&apos;s check must need no expected output: %1 is not one of %2 (or their not- forms)</source>
        <translation>die Prüfung einer Kaskade darf keine erwartete Ausgabe benötigen: %1 ist keiner von %2 (oder deren not-Formen)</translation>
    </message>
    <message>
        <source>%1 needs a value to check the answer against</source>
        <translation>%1 braucht einen Wert, mit dem die Antwort verglichen wird</translation>
    </message>
    <message>
        <source>the check is not JSON or YAML: %1</source>
        <translation>die Prüfung ist weder JSON noch YAML: %1</translation>
    </message>
    <message>
        <source>the check is not a scorer</source>
        <translation>die Prüfung ist kein Bewerter</translation>
    </message>
</context>
<context>
    <name>CascadeSimulation</name>
    <message>
        <source>%1 did not answer case %2 (repeat %3) in this run; a cascade is simulated only on a run in which every model of it answered every case</source>
        <translation>%1 hat Testfall %2 (Wiederholung %3) in diesem Lauf nicht beantwortet; eine Kaskade wird nur auf einem Lauf simuliert, in dem jedes ihrer Modelle jeden Testfall beantwortet hat</translation>
    </message>
    <message>
        <source>a cascade needs at least two models</source>
        <translation>eine Kaskade braucht mindestens zwei Modelle</translation>
    </message>
    <message>
        <source>a model appears twice in the cascade</source>
        <translation>ein Modell kommt in der Kaskade zweimal vor</translation>
    </message>
    <message>
        <source>%1 has no answers for %2 in this run</source>
        <translation>%1 hat in diesem Lauf keine Antworten für %2</translation>
    </message>
    <message>
        <source>cascade %1</source>
        <translation>Kaskade %1</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>cannot read cases from this file: expected a .csv or .jsonl file</source>
        <translation>aus dieser Datei lassen sich keine Testfälle lesen: erwartet wird eine .csv- oder .jsonl-Datei</translation>
    </message>
    <message>
        <source>cannot read the cases file: it %1</source>
        <translation>die Testfalldatei kann nicht gelesen werden: sie %1</translation>
    </message>
</context>
<context>
    <name>CasesImport</name>
    <message>
        <source>A case without an id was imported as &quot;%1&quot;.</source>
        <translation>Ein Testfall ohne Id wurde als „%1“ importiert.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken in this category; the case was imported as &quot;%2&quot;.</source>
        <translation>Die Id „%1“ ist in dieser Kategorie schon vergeben; der Testfall wurde als „%2“ importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n test case(s) into %1 from %2.</source>
        <translation>
            <numerusform>%n Testfall aus %2 in %1 importiert.</numerusform>
            <numerusform>%n Testfälle aus %2 in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) got a new id.</source>
        <translation>
            <numerusform>%n Testfall erhielt eine neue Id.</numerusform>
            <numerusform>%n Testfälle erhielten eine neue Id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo removes the imported cases again.</source>
        <translation>Bearbeiten &gt; Rückgängig entfernt die importierten Testfälle wieder.</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message numerus="yes">
        <source>[chat, %n message(s)] %1</source>
        <translation>
            <numerusform>[Chat, %n Nachricht] %1</numerusform>
            <numerusform>[Chat, %n Nachrichten] %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Edit test case %1</source>
        <translation>Testfall %1 bearbeiten</translation>
    </message>
    <message>
        <source>A test case needs an id.</source>
        <translation>Ein Testfall braucht eine Id.</translation>
    </message>
    <message>
        <source>There is already a test case &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es schon einen Testfall „%1“.</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>All categories together take %1 of the traffic, more than 100%</source>
        <translation>Alle Kategorien zusammen beanspruchen %1 des Traffics, mehr als 100 %</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>What the suggested route optimises for</source>
        <translation>Worauf die vorgeschlagene Route optimiert</translation>
    </message>
    <message>
        <source>The pass rate the routed model must reach</source>
        <translation>Die Bestehensquote, die das geroutete Modell erreichen muss</translation>
    </message>
    <message>
        <source>The category&apos;s share of the application&apos;s requests</source>
        <translation>Der Anteil der Kategorie an den Anfragen der Anwendung</translation>
    </message>
    <message>
        <source>Number of test cases</source>
        <translation>Anzahl der Testfälle</translation>
    </message>
    <message>
        <source>Rename category %1 to %2</source>
        <translation>Kategorie %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Kategorie %1 bearbeiten</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Kategorie namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Cheapest passing</source>
        <translation>Günstigstes über Schwelle</translation>
    </message>
    <message>
        <source>Most accurate</source>
        <translation>Genauestes</translation>
    </message>
    <message>
        <source>Fastest passing</source>
        <translation>Schnellstes über Schwelle</translation>
    </message>
    <message>
        <source>Most stable passing</source>
        <translation>Stabilstes über Schwelle</translation>
    </message>
    <message>
        <source>Lowest total cost (API + errors)</source>
        <translation>Niedrigste Gesamtkosten (API + Fehler)</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique in the workspace; routes and results refer to it</source>
        <translation>Eindeutig im Arbeitsbereich; Routen und Ergebnisse verweisen darauf</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the application asks the model to do in this category</source>
        <translation>Was die Anwendung in dieser Kategorie vom Modell verlangt</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Which model the routing suggests: the cheapest or fastest one that meets the quality bar, the most accurate, or the most stable</source>
        <translation>Welches Modell das Routing vorschlägt: das günstigste oder schnellste, das die Qualitätsschwelle erreicht, das genaueste oder das stabilste</translation>
    </message>
    <message>
        <source>&amp;Quality bar:</source>
        <translation>&amp;Qualitätsschwelle:</translation>
    </message>
    <message>
        <source>The share of cases the routed model must pass</source>
        <translation>Der Anteil der Testfälle, den das geroutete Modell bestehen muss</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Traffic &amp;share:</source>
        <translation>Traffic-&amp;Anteil:</translation>
    </message>
    <message>
        <source>The category&apos;s share of the application&apos;s requests, for the projected monthly cost</source>
        <translation>Der Anteil der Kategorie an den Anfragen der Anwendung, für die voraussichtlichen Monatskosten</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>Sent before every case; a case may override it</source>
        <translation>Wird vor jedem Testfall gesendet; ein Testfall kann ihn ersetzen</translation>
    </message>
    <message>
        <source>&amp;Prompt template:</source>
        <translation>&amp;Prompt-Vorlage:</translation>
    </message>
    <message>
        <source>Empty: each case&apos;s input is sent as it is. {{input}} stands for the input, {{name}} for a case variable</source>
        <translation>Leer: Die Eingabe jedes Testfalls wird unverändert gesendet. {{input}} steht für die Eingabe, {{name}} für eine Variable des Testfalls</translation>
    </message>
    <message>
        <source>Default &amp;scorers:</source>
        <translation>Standard-&amp;Bewerter:</translation>
    </message>
    <message>
        <source>Pass at &amp;score:</source>
        <translation>Bestanden ab &amp;Punktzahl:</translation>
    </message>
    <message>
        <source>The weighted score of its scorers a case needs to pass, from 0 to 1</source>
        <translation>Die gewichtete Punktzahl seiner Bewerter, die ein Testfall zum Bestehen braucht, von 0 bis 1</translation>
    </message>
    <message>
        <source>Test cases:</source>
        <translation>Testfälle:</translation>
    </message>
    <message>
        <source>No default scorers: every case needs scorers of its own</source>
        <translation>Keine Standard-Bewerter: Jeder Testfall braucht eigene Bewerter</translation>
    </message>
    <message>
        <source>Add a scorer</source>
        <translation>Einen Bewerter hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Testfall</numerusform>
            <numerusform>%n Testfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, kept in the workspace file</source>
        <translation>%1, gespeichert in der Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>%1, kept in %2 beside the workspace file</source>
        <translation>%1, gespeichert in %2 neben der Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>All categories together take %1 of the traffic. Lower some shares so that they add up to 100% at most; until then projected costs count some requests twice.</source>
        <translation>Alle Kategorien zusammen beanspruchen %1 des Traffics. Senken Sie einige Anteile, sodass sie zusammen höchstens 100 % ergeben; bis dahin zählen die voraussichtlichen Kosten manche Anfragen doppelt.</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Kategorie %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename category %1 to %2</source>
        <translation>Kategorie %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Price of an &amp;error:</source>
        <translation>Preis eines &amp;Fehlers:</translation>
    </message>
    <message>
        <source>What one wrong answer costs the business in US dollars (a correction, a refund, a lost ticket). Routing then weighs API cost against the expected cost of errors; not priced leaves errors out.</source>
        <translation>Was eine falsche Antwort das Unternehmen in US-Dollar kostet (eine Korrektur, eine Erstattung, ein verlorenes Ticket). Das Routing wägt dann die API-Kosten gegen die erwarteten Fehlerkosten ab; „ohne Preis“ lässt Fehler außen vor.</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>All together: %1</source>
        <translation>Alle zusammen: %1</translation>
    </message>
</context>
<context>
    <name>CategoryScatterChart</name>
    <message>
        <source>Accuracy vs cost</source>
        <translation>Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>%1 · accuracy vs cost</source>
        <translation>%1 · Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>Routed model</source>
        <translation>Geroutetes Modell</translation>
    </message>
    <message>
        <source>Routed model (default route)</source>
        <translation>Geroutetes Modell (Standardroute)</translation>
    </message>
    <message>
        <source>Choose a category to see its models.</source>
        <translation>Wählen Sie eine Kategorie, um ihre Modelle zu sehen.</translation>
    </message>
    <message>
        <source>This run has no results for %1.</source>
        <translation>Dieser Lauf hat keine Ergebnisse für %1.</translation>
    </message>
    <message>
        <source>%1 · %2 likely to meet the %3 bar (%4 of %5 cases)</source>
        <translation>%1 · %2 Wahrscheinlichkeit, die Schwelle von %3 zu erreichen (%4 von %5 Testfällen)</translation>
    </message>
    <message>
        <source>Simulated: escalates when an answer fails %1; %2 of the requests escalate · %3 likely to meet the %4 bar</source>
        <translation>Simuliert: eskaliert, wenn eine Antwort %1 nicht besteht; %2 der Anfragen eskalieren · erreicht die Schwelle von %4 mit einer Wahrscheinlichkeit von %3</translation>
    </message>
    <message>
        <source>Routed cascade</source>
        <translation>Geroutete Kaskade</translation>
    </message>
    <message>
        <source>Suggested model · %1</source>
        <translation>Vorgeschlagenes Modell · %1</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Signalbox chart</source>
        <translation>Signalbox-Diagramm</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation>Das Diagramm für %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1.</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>ChartInteraction</name>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole chart again after zooming or panning (or double-click the chart)</source>
        <translation>Nach dem Zoomen oder Verschieben wieder das ganze Diagramm zeigen (oder auf das Diagramm doppelklicken)</translation>
    </message>
</context>
<context>
    <name>ChatMessagesModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Where each category&apos;s requests went</source>
        <translation>Wohin die Anfragen jeder Kategorie gingen</translation>
    </message>
    <message>
        <source>Share of the row (%)</source>
        <translation>Anteil der Zeile (%)</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Its category</source>
        <translation>Ihre Kategorie</translation>
    </message>
</context>
<context>
    <name>ContainsJsonScorer</name>
    <message>
        <source>found no JSON in the output</source>
        <translation>kein JSON in der Ausgabe gefunden</translation>
    </message>
    <message>
        <source>found JSON: %1</source>
        <translation>JSON gefunden: %1</translation>
    </message>
</context>
<context>
    <name>CostScorer</name>
    <message>
        <source>the most US dollars one call may cost</source>
        <translation>höchstens so viele US-Dollar darf ein Aufruf kosten</translation>
    </message>
    <message>
        <source>the cost of this call is unknown: give the model a price</source>
        <translation>die Kosten dieses Aufrufs sind unbekannt: Geben Sie dem Modell einen Preis</translation>
    </message>
    <message>
        <source>the call cost %1; at most %2 allowed</source>
        <translation>der Aufruf kostete %1; erlaubt sind höchstens %2</translation>
    </message>
</context>
<context>
    <name>CsvCases</name>
    <message>
        <source>duplicate column &apos;%1&apos;</source>
        <translation>doppelte Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;%2; expected id, input (or prompt), expected, system_prompt, tags or vars.&lt;name&gt;</source>
        <translation>unbekannte Spalte &apos;%1&apos;%2; erwartet werden id, input (oder prompt), expected, system_prompt, tags oder vars.&lt;name&gt;</translation>
    </message>
    <message>
        <source>the header row has no &apos;id&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;id&apos;</translation>
    </message>
    <message>
        <source>the header row has both &apos;input&apos; and &apos;prompt&apos;; give one of them</source>
        <translation>die Kopfzeile hat sowohl &apos;input&apos; als auch &apos;prompt&apos;; geben Sie nur eine davon an</translation>
    </message>
    <message>
        <source>the header row has no &apos;input&apos; (or &apos;prompt&apos;) column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;input&apos; (oder &apos;prompt&apos;)</translation>
    </message>
    <message>
        <source>this row has %1 fields; the header row has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>this row has no id</source>
        <translation>diese Zeile hat keine Id</translation>
    </message>
    <message>
        <source>case &apos;%1&apos; has no input</source>
        <translation>Testfall &apos;%1&apos; hat keine Eingabe</translation>
    </message>
    <message>
        <source>duplicate case id &apos;%1&apos; (first used on line %2)</source>
        <translation>doppelte Testfall-Id &apos;%1&apos; (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row such as id,input,expected</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile wie id,input,expected</translation>
    </message>
    <message>
        <source>case &apos;%1&apos; is a chat transcript, which a CSV file cannot hold</source>
        <translation>Testfall &apos;%1&apos; ist ein Chatverlauf, den eine CSV-Datei nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>case &apos;%1&apos; has no input, which a CSV file needs</source>
        <translation>Testfall &apos;%1&apos; hat keine Eingabe, die eine CSV-Datei aber braucht</translation>
    </message>
    <message>
        <source>case &apos;%1&apos; has its own scorers, which a CSV file cannot hold</source>
        <translation>Testfall &apos;%1&apos; hat eigene Bewerter, die eine CSV-Datei nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>a tag of case &apos;%1&apos; contains &apos;;&apos;, which separates tags in a CSV file</source>
        <translation>ein Tag von Testfall &apos;%1&apos; enthält &apos;;&apos;, das in einer CSV-Datei Tags trennt</translation>
    </message>
    <message>
        <source>id: holds the control character %1; a name or id cannot hold control characters</source>
        <translation>id: enthält das Steuerzeichen %1; ein Name oder eine Id darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the file has a header row but no test cases below it</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Testfälle darunter</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>expected &apos;,&apos; or the end of the line after a closing quote, found &apos;%1&apos;</source>
        <translation>nach einem schließenden Anführungszeichen wird &apos;,&apos; oder das Zeilenende erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the quoted field starting here is not closed; expected &apos;&quot;&apos; before the end of the file</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nicht geschlossen; vor dem Dateiende wird &apos;&quot;&apos; erwartet</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Signalbox workspaces (*.signalbox.yaml)</source>
        <translation>Signalbox-Arbeitsbereiche (*.signalbox.yaml)</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
</context>
<context>
    <name>DispatchBenchmark</name>
    <message>
        <source>A dispatcher benchmark is already going: wait for it or cancel it.</source>
        <translation>Ein Dispatcher-Benchmark läuft bereits: Warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The workspace has no dispatcher to benchmark.</source>
        <translation>Der Arbeitsbereich hat keinen Dispatcher für einen Benchmark.</translation>
    </message>
</context>
<context>
    <name>DispatchRulesModel</name>
    <message>
        <source>Matches when any of these occurs in the request, ignoring case; separate them with commas</source>
        <translation>Trifft zu, wenn eines dieser Wörter in der Anfrage vorkommt, ohne Beachtung der Groß-/Kleinschreibung; durch Kommas trennen</translation>
    </message>
    <message>
        <source>A regular expression (PCRE) that must match somewhere in the request; (?i) ignores case</source>
        <translation>Ein regulärer Ausdruck (PCRE), der irgendwo in der Anfrage passen muss; (?i) ignoriert die Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Bounds on the request&apos;s length in characters; empty: no bound</source>
        <translation>Grenzen für die Länge der Anfrage in Zeichen; leer: keine Grenze</translation>
    </message>
    <message>
        <source>The category a request matching every condition of this rule is assigned</source>
        <translation>Die Kategorie, der eine Anfrage zugeordnet wird, die jede Bedingung dieser Regel erfüllt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any keyword</source>
        <translation>Eines der Schlüsselwörter</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Min chars</source>
        <translation>Min. Zeichen</translation>
    </message>
    <message>
        <source>Max chars</source>
        <translation>Max. Zeichen</translation>
    </message>
    <message>
        <source>any of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>matches /%1/</source>
        <translation>passt auf /%1/</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>höchstens %n Zeichen</numerusform>
            <numerusform>höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <translation>Es gibt keine Kategorie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The pattern is not valid: %1 at character %2</source>
        <translation>Das Muster ist ungültig: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>The rule has no condition: it would match every request.</source>
        <translation>Die Regel hat keine Bedingung: Sie würde auf jede Anfrage zutreffen.</translation>
    </message>
    <message>
        <source>Min chars is above max chars: no request can match.</source>
        <translation>Min. Zeichen liegt über Max. Zeichen: Keine Anfrage kann zutreffen.</translation>
    </message>
</context>
<context>
    <name>DispatcherArea</name>
    <message>
        <source>&lt;h3&gt;No dispatcher yet&lt;/h3&gt;&lt;p&gt;The routing map says which model serves each category, but if your application does not know a request&apos;s category, something has to detect it: keyword rules, input length, or a small model as a classifier.&lt;/p&gt;&lt;p&gt;Add a dispatcher to write its rules here, try them on a typed request, and benchmark its misroutes on your test cases: what they cost in pass rate and in dollars a month.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch kein Dispatcher&lt;/h3&gt;&lt;p&gt;Die Routing-Tabelle legt fest, welches Modell jede Kategorie bedient. Wenn Ihre Anwendung die Kategorie einer Anfrage aber nicht kennt, muss sie jemand erkennen: Schlüsselwortregeln, die Länge der Eingabe oder ein kleines Modell als Klassifikator.&lt;/p&gt;&lt;p&gt;Fügen Sie einen Dispatcher hinzu, um hier seine Regeln zu schreiben, sie an einer eingegebenen Anfrage auszuprobieren und seine Fehlleitungen an Ihren Testfällen zu benchmarken: was sie an Bestehensquote und an Dollar pro Monat kosten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a dispatcher</source>
        <translation>Dispatcher hinzufügen</translation>
    </message>
    <message>
        <source>Rules, tried in order: the first that matches decides</source>
        <translation>Regeln, der Reihe nach versucht: Die erste, die zutrifft, entscheidet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Eine Regel nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Die ausgewählte Regel früher versuchen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Die ausgewählte Regel später versuchen</translation>
    </message>
    <message>
        <source>What no rule matches</source>
        <translation>Worauf keine Regel zutrifft</translation>
    </message>
    <message>
        <source>A model of the workspace asked for the category of each request no rule matches</source>
        <translation>Ein Modell des Arbeitsbereichs, das nach der Kategorie jeder Anfrage gefragt wird, auf die keine Regel zutrifft</translation>
    </message>
    <message>
        <source>The classifier&apos;s instructions; empty: the default. The categories and the request are always sent after them.</source>
        <translation>Die Anweisungen für den Klassifikator; leer: die Standardanweisungen. Die Kategorien und die Anfrage werden immer danach gesendet.</translation>
    </message>
    <message>
        <source>Where a request goes when neither a rule nor the classifier assigns it</source>
        <translation>Wohin eine Anfrage geht, wenn weder eine Regel noch der Klassifikator sie zuordnet</translation>
    </message>
    <message>
        <source>Remove the dispatcher</source>
        <translation>Den Dispatcher entfernen</translation>
    </message>
    <message>
        <source>Classifier:</source>
        <translation>Klassifikator:</translation>
    </message>
    <message>
        <source>Its prompt:</source>
        <translation>Sein Prompt:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>Try a request</source>
        <translation>Anfrage ausprobieren</translation>
    </message>
    <message>
        <source>Type or paste a request to see which rule fires</source>
        <translation>Geben Sie eine Anfrage ein oder fügen Sie sie ein, um zu sehen, welche Regel greift</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Add a rule or choose a classifier: until then every request goes to the default.</source>
        <translation>Fügen Sie eine Regel hinzu oder wählen Sie einen Klassifikator: Bis dahin geht jede Anfrage an den Standard.</translation>
    </message>
    <message>
        <source>No classifier</source>
        <translation>Kein Klassifikator</translation>
    </message>
    <message>
        <source>The default route</source>
        <translation>Die Standardroute</translation>
    </message>
    <message>
        <source>Type a request above: the rule it fires shows here as you type.</source>
        <translation>Geben Sie oben eine Anfrage ein: Die Regel, die greift, erscheint hier schon während der Eingabe.</translation>
    </message>
    <message>
        <source>Rule %1 fires (%2): the request goes to %3.</source>
        <translation>Regel %1 greift (%2): Die Anfrage geht an %3.</translation>
    </message>
    <message>
        <source>No rule matches: the classifier (%1) decides; what it cannot place goes to %2.</source>
        <translation>Keine Regel trifft zu: Der Klassifikator (%1) entscheidet; was er nicht zuordnen kann, geht an %2.</translation>
    </message>
    <message>
        <source>No rule matches: the request goes to %1.</source>
        <translation>Keine Regel trifft zu: Die Anfrage geht an %1.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Press “Benchmark the dispatcher” to send every category&apos;s test cases through the rules and the classifier, and see which reach the wrong route and what that costs.</source>
        <translation>Klicken Sie auf „Dispatcher benchmarken“, um die Testfälle jeder Kategorie durch die Regeln und den Klassifikator zu schicken und zu sehen, welche auf der falschen Route landen und was das kostet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 right&lt;/b&gt; of %n request(s) · misroute rate &lt;b&gt;%2&lt;/b&gt; · unmatched %3 · %4 by rules, %5 by the classifier</source>
        <translation>
            <numerusform>&lt;b&gt;%1 richtig&lt;/b&gt; von %n Anfrage · Fehlleitungsquote &lt;b&gt;%2&lt;/b&gt; · nicht zugeordnet %3 · %4 durch Regeln, %5 durch den Klassifikator</numerusform>
            <numerusform>&lt;b&gt;%1 richtig&lt;/b&gt; von %n Anfragen · Fehlleitungsquote &lt;b&gt;%2&lt;/b&gt; · nicht zugeordnet %3 · %4 durch Regeln, %5 durch den Klassifikator</numerusform>
        </translation>
    </message>
    <message>
        <source>End-to-end figures need a completed run: run the benchmark of the categories first.</source>
        <translation>Ende-zu-Ende-Zahlen brauchen einen abgeschlossenen Lauf: Führen Sie zuerst den Benchmark der Kategorien aus.</translation>
    </message>
    <message>
        <source>Best single model: %1</source>
        <translation>Bestes einzelnes Modell: %1</translation>
    </message>
    <message numerus="yes">
        <source>On run %1. The price of misroutes, on %n case(s) scored both ways: %2 points of pass rate, %3 per 1,000 requests</source>
        <translation>
            <numerusform>Auf Lauf %1. Der Preis der Fehlleitungen, auf %n in beiden Varianten bewerteten Testfall: %2 Punkte Bestehensquote, %3 pro 1.000 Anfragen</numerusform>
            <numerusform>Auf Lauf %1. Der Preis der Fehlleitungen, auf %n in beiden Varianten bewerteten Testfällen: %2 Punkte Bestehensquote, %3 pro 1.000 Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>; at the traffic profile %1 a month and %2 right answers lost a month.</source>
        <translation>; beim Traffic-Profil %1 pro Monat und %2 verlorene richtige Antworten pro Monat.</translation>
    </message>
    <message>
        <source>Benchmark the dispatcher</source>
        <translation>Dispatcher benchmarken</translation>
    </message>
    <message>
        <source>Dispatch every category&apos;s test cases and measure the misroutes</source>
        <translation>Die Testfälle jeder Kategorie verteilen und die Fehlleitungen messen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sandbox classifier (simulated)</source>
        <translation>Sandbox-Klassifikator (simuliert)</translation>
    </message>
    <message>
        <source>The sandbox answers the classifier&apos;s calls, without API keys or cost</source>
        <translation>Die Sandbox beantwortet die Aufrufe des Klassifikators, ohne API-Schlüssel oder Kosten</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Cost / 1k</source>
        <translation>Kosten / 1.000</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Nicht ausgewertet</translation>
    </message>
    <message>
        <source>Deployed: dispatcher + map</source>
        <translation>Im Einsatz: Dispatcher + Tabelle</translation>
    </message>
    <message>
        <source>Routing map&apos;s projection (perfect dispatch)</source>
        <translation>Prognose der Routing-Tabelle (perfekte Verteilung)</translation>
    </message>
    <message>
        <source>Best single model</source>
        <translation>Bestes einzelnes Modell</translation>
    </message>
    <message>
        <source>The dispatcher changed since this benchmark: run it again to measure it.</source>
        <translation>Der Dispatcher hat sich seit diesem Benchmark geändert: Führen Sie ihn erneut aus, um ihn zu messen.</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Benchmark cancelled; the classifier&apos;s answers so far are cached.</source>
        <translation>Benchmark abgebrochen; die bisherigen Antworten des Klassifikators sind gecacht.</translation>
    </message>
    <message>
        <source>The benchmark failed: %1</source>
        <translation>Der Benchmark ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The labelled sample has errors: %1</source>
        <translation>Die gelabelte Stichprobe enthält Fehler: %1</translation>
    </message>
    <message>
        <source>No test cases to dispatch: add cases to the categories first.</source>
        <translation>Keine Testfälle zum Verteilen: Fügen Sie den Kategorien zuerst Testfälle hinzu.</translation>
    </message>
    <message>
        <source>Classifier: %1 per 1,000 requests, latency p50 %2 ms, errors: %3, unreadable answers: %4</source>
        <translation>Klassifikator: %1 pro 1.000 Anfragen, Latenz p50 %2 ms, Fehler: %3, unlesbare Antworten: %4</translation>
    </message>
</context>
<context>
    <name>DispatcherEdits</name>
    <message>
        <source>Add Dispatcher</source>
        <translation>Dispatcher hinzufügen</translation>
    </message>
    <message>
        <source>Remove Dispatcher</source>
        <translation>Dispatcher entfernen</translation>
    </message>
    <message>
        <source>Add Dispatcher Rule</source>
        <translation>Dispatcher-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Dispatcher Rule</source>
        <translation>Dispatcher-Regel entfernen</translation>
    </message>
    <message>
        <source>Move Dispatcher Rule</source>
        <translation>Dispatcher-Regel verschieben</translation>
    </message>
    <message>
        <source>Edit Dispatcher Rule</source>
        <translation>Dispatcher-Regel bearbeiten</translation>
    </message>
    <message>
        <source>Edit Dispatcher Classifier</source>
        <translation>Dispatcher-Klassifikator bearbeiten</translation>
    </message>
    <message>
        <source>Edit Dispatcher Default</source>
        <translation>Dispatcher-Standard bearbeiten</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
</context>
<context>
    <name>DispatcherParser</name>
    <message>
        <source>the dispatcher</source>
        <translation>der Dispatcher</translation>
    </message>
    <message>
        <source>default: category</source>
        <translation>default: Kategorie</translation>
    </message>
    <message>
        <source>a dispatcher rule</source>
        <translation>eine Dispatcher-Regel</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>a dispatcher rule needs at least one condition: &apos;any&apos;, &apos;regex&apos;, &apos;min_chars&apos; or &apos;max_chars&apos;; one without would match every request</source>
        <translation>eine Dispatcher-Regel braucht mindestens eine Bedingung: &apos;any&apos;, &apos;regex&apos;, &apos;min_chars&apos; oder &apos;max_chars&apos;; eine ohne würde auf jede Anfrage zutreffen</translation>
    </message>
    <message>
        <source>any: expected at least one keyword</source>
        <translation>any: erwartet wird mindestens ein Schlüsselwort</translation>
    </message>
    <message>
        <source>any: an empty keyword would match every request</source>
        <translation>any: ein leeres Schlüsselwort würde auf jede Anfrage zutreffen</translation>
    </message>
    <message>
        <source>regex: must not be empty</source>
        <translation>regex: darf nicht leer sein</translation>
    </message>
    <message>
        <source>regex: not a valid regular expression: %1 at character %2</source>
        <translation>regex: kein gültiger regulärer Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>max_chars: %1 is less than min_chars (%2); no input could match</source>
        <translation>max_chars: %1 ist kleiner als min_chars (%2); keine Eingabe könnte zutreffen</translation>
    </message>
    <message>
        <source>the dispatcher&apos;s classifier</source>
        <translation>der Klassifikator des Dispatchers</translation>
    </message>
    <message>
        <source>classifier model</source>
        <translation>Klassifikator-Modell</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace%3</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert%3</translation>
    </message>
    <message>
        <source>; expected one of %1</source>
        <translation>; erwartet wird eines von %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>— (batch)</source>
        <translation>— (Batch)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <source>Remove category %1</source>
        <translation>Kategorie %1 entfernen</translation>
    </message>
    <message>
        <source>Remove provider %1</source>
        <translation>Anbieter %1 entfernen</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Modell %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n test case(s)</source>
        <translation>
            <numerusform>%n Testfall entfernen</numerusform>
            <numerusform>%n Testfälle entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftCheck</name>
    <message>
        <source>accuracy fell from %1 to %2 (p = %3)</source>
        <translation>die Genauigkeit fiel von %1 auf %2 (p = %3)</translation>
    </message>
    <message>
        <source>%1 would now win (%2) over the routed %3: %4</source>
        <translation>%1 würde jetzt gewinnen (%2) gegenüber dem gerouteten %3: %4</translation>
    </message>
    <message>
        <source>the route keeps no evidence of the run that chose it</source>
        <translation>die Route bewahrt keinen Nachweis des Laufs, der sie gewählt hat</translation>
    </message>
    <message>
        <source>its evidence is from %1, older than %2 days</source>
        <translation>ihr Nachweis stammt vom %1, älter als %2 Tage</translation>
    </message>
    <message>
        <source>the route names %1, which the workspace no longer has</source>
        <translation>die Route nennt %1, das der Arbeitsbereich nicht mehr hat</translation>
    </message>
    <message>
        <source>the default chain names %1, which the workspace no longer has</source>
        <translation>die Standardkette nennt %1, das der Arbeitsbereich nicht mehr hat</translation>
    </message>
</context>
<context>
    <name>EqualsScorer</name>
    <message>
        <source>the output equals %1</source>
        <translation>die Ausgabe ist gleich %1</translation>
    </message>
    <message>
        <source>the output %1 differs from %2</source>
        <translation>die Ausgabe %1 weicht von %2 ab</translation>
    </message>
    <message>
        <source>the output is not JSON, so it cannot equal %1</source>
        <translation>die Ausgabe ist kein JSON und kann daher nicht gleich %1 sein</translation>
    </message>
    <message>
        <source>the output equals %1 as JSON</source>
        <translation>die Ausgabe ist als JSON gleich %1</translation>
    </message>
    <message>
        <source>the output %1 differs from %2 as JSON</source>
        <translation>die Ausgabe %1 weicht als JSON von %2 ab</translation>
    </message>
</context>
<context>
    <name>EvidenceCellsModel</name>
    <message>
        <source>No run has answered %1 with %2 yet</source>
        <translation>Noch kein Lauf hat %1 mit %2 beantwortet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>stale: category changed since</source>
        <translation>veraltet: Kategorie seitdem geändert</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>EvidenceStatus</name>
    <message>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Nachweis</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>Latest per category and model (all runs)</source>
        <translation>Neuester Stand pro Kategorie und Modell (alle Läufe)</translation>
    </message>
    <message>
        <source>Each category and model from the newest run that answered it, so that a model run on its own competes with the last full run; cells whose category changed since their run are left out and marked stale</source>
        <translation>Jede Kategorie und jedes Modell aus dem neuesten Lauf, der sie beantwortet hat, sodass ein einzeln ausgeführtes Modell mit dem letzten vollständigen Lauf konkurriert; Zellen, deren Kategorie sich seit ihrem Lauf geändert hat, werden ausgelassen und als veraltet markiert</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>Lauf %1 vom %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No run has current evidence for the workspace&apos;s categories.</source>
        <translation>Kein Lauf hat aktuelle Nachweise für die Kategorien des Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>Latest evidence per category and model, from %n run(s): %1.</source>
        <translation>
            <numerusform>Neuester Nachweis pro Kategorie und Modell, aus %n Lauf: %1.</numerusform>
            <numerusform>Neuester Nachweis pro Kategorie und Modell, aus %n Läufen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left out as stale (%1): the category&apos;s cases, prompt or scorers changed since their run. Run Missing in Runs runs them again.</source>
        <translation>
            <numerusform>%n Zelle als veraltet ausgelassen (%1): Testfälle, Prompt oder Bewerter der Kategorie haben sich seit ihrem Lauf geändert. „Fehlende ausführen“ unter Läufe führt sie erneut aus.</numerusform>
            <numerusform>%n Zellen als veraltet ausgelassen (%1): Testfälle, Prompt oder Bewerter der Kategorie haben sich seit ihrem Lauf geändert. „Fehlende ausführen“ unter Läufe führt sie erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Stale: %1 × %2 changed since %3 (cases, prompt or scorers); left out until it runs again</source>
        <translation>Veraltet: %1 × %2 hat sich seit %3 geändert (Testfälle, Prompt oder Bewerter); ausgelassen, bis es erneut läuft</translation>
    </message>
</context>
<context>
    <name>ExportArea</name>
    <message>
        <source>Signalbox&apos;s own routing file: each category&apos;s model, fallbacks, rule and evidence. Import Routing… reads it back.</source>
        <translation>Signalbox&apos; eigene Routing-Datei: Modell, Fallbacks, Regel und Nachweis jeder Kategorie. Routing importieren… liest sie wieder ein.</translation>
    </message>
    <message>
        <source>A LiteLLM proxy config.yaml: one model alias per category, its fallbacks in router_settings; API keys stay in environment variables.</source>
        <translation>Eine config.yaml für den LiteLLM-Proxy: ein Modell-Alias je Kategorie, seine Fallbacks in router_settings; API-Schlüssel bleiben in Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>A Portkey gateway config: picks a target by metadata.category, each falling back along its chain; unknown categories take the default route.</source>
        <translation>Eine Portkey-Gateway-Konfiguration: wählt ein Ziel nach metadata.category, jedes weicht entlang seiner Kette aus; unbekannte Kategorien nehmen die Standardroute.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Diff against last export</source>
        <translation>Unterschied zum letzten Export</translation>
    </message>
    <message>
        <source>What changed since this format was last saved from this workspace</source>
        <translation>Was sich geändert hat, seit dieses Format zuletzt aus diesem Arbeitsbereich gespeichert wurde</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put this export on the clipboard</source>
        <translation>Diesen Export in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Write this export to a file</source>
        <translation>Diesen Export in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Routing…</source>
        <translation>Routing &amp;importieren…</translation>
    </message>
    <message>
        <source>Replace the routing map with one read from a native routing YAML file; Edit ▸ Undo puts the current one back</source>
        <translation>Die Routing-Tabelle durch eine aus einer nativen Routing-YAML-Datei ersetzen; Bearbeiten ▸ Rückgängig stellt die aktuelle wieder her</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Diff against last export (+%1 −%2)</source>
        <translation>Unterschied zum letzten Export (+%1 −%2)</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>noch keines gewählt</translation>
    </message>
    <message>
        <source>No category has a route yet, so this export sends every request to the default route (%1). Choose a model for each category in the %2 area.</source>
        <translation>Noch keine Kategorie hat eine Route, daher schickt dieser Export jede Anfrage an die Standardroute (%1). Wählen Sie im Bereich %2 für jede Kategorie ein Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) without a route take the default route (%1): %2.</source>
        <translation>
            <numerusform>%n Kategorie ohne Route nimmt die Standardroute (%1): %2.</numerusform>
            <numerusform>%n Kategorien ohne Route nehmen die Standardroute (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>%1 holds the routing map the workspace already has; nothing changed.</source>
        <translation>%1 enthält die Routing-Tabelle, die der Arbeitsbereich bereits hat; nichts geändert.</translation>
    </message>
    <message>
        <source>Import Routing from %1</source>
        <translation>Routing aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n route(s) from %1. Edit ▸ Undo puts the previous routing map back.</source>
        <translation>
            <numerusform>%n Route aus %1 importiert. Bearbeiten ▸ Rückgängig stellt die vorherige Routing-Tabelle wieder her.</numerusform>
            <numerusform>%n Routen aus %1 importiert. Bearbeiten ▸ Rückgängig stellt die vorherige Routing-Tabelle wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Routing</source>
        <translation>Routing importieren</translation>
    </message>
    <message>
        <source>Routing YAML (*.yaml *.yml);;All files (*)</source>
        <translation>Routing-YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be imported: %n problem(s) found. The routing map is unchanged; fix the file and import it again.</source>
        <translation>
            <numerusform>%1 konnte nicht importiert werden: %n Problem gefunden. Die Routing-Tabelle ist unverändert; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%1 konnte nicht importiert werden: %n Probleme gefunden. Die Routing-Tabelle ist unverändert; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>Why each route is what it is: saved beside the config, whose JSON has no comments</source>
        <translation>Warum jede Route so ist, wie sie ist: neben der Konfiguration gespeichert, deren JSON keine Kommentare kennt</translation>
    </message>
    <message>
        <source>%1 (the reasons beside it, %2)</source>
        <translation>%1 (die Begründungen daneben, %2)</translation>
    </message>
    <message>
        <source>The export was not saved: %1.</source>
        <translation>Der Export wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Kept the current routing map; %1 was not imported.</source>
        <translation>Die aktuelle Routing-Tabelle wurde beibehalten; %1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Not a cascade in this file: %1 cannot check answers here, so %2 is exported as a plain fallback chain that moves on only when a call fails.</source>
        <translation>In dieser Datei keine Kaskade: %1 kann hier keine Antworten prüfen, daher wird %2 als einfache Fallback-Kette exportiert, die nur weiterschaltet, wenn ein Aufruf fehlschlägt.</translation>
    </message>
    <message>
        <source>Fill in the keys with envsubst &apos;%1&apos; &lt; %2 (naming the variables: a bare envsubst also empties the config&apos;s $eq conditions). Save… writes the reasons to %3 beside it.</source>
        <translation>Setzen Sie die Schlüssel mit envsubst &apos;%1&apos; &lt; %2 ein (mit Angabe der Variablen: ein bloßes envsubst leert auch die $eq-Bedingungen der Konfiguration). Speichern… schreibt die Begründungen nach %3 daneben.</translation>
    </message>
    <message>
        <source>RouterBench training data (CSV)</source>
        <translation>RouterBench-Trainingsdaten (CSV)</translation>
    </message>
    <message>
        <source>The newest run as the wide table learned routers train on, one row per case</source>
        <translation>Der neueste Lauf als breite Tabelle, mit der gelernte Router trainiert werden, eine Zeile pro Testfall</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>the run&apos;s results are still being read</source>
        <translation>die Ergebnisse des Laufs werden noch gelesen</translation>
    </message>
    <message>
        <source>Reading the newest run&apos;s results…</source>
        <translation>Die Ergebnisse des neuesten Laufs werden gelesen…</translation>
    </message>
    <message>
        <source>Run %1 as training data for learned routers: a row per case, each model&apos;s score, answer and cost, and the cheapest model that passed (RouterBench&apos;s wide table; Not Diamond&apos;s custom router and RouteLLM take it, see the README). Not a routing map.</source>
        <translation>Lauf %1 als Trainingsdaten für gelernte Router: eine Zeile pro Testfall, Punktzahl, Antwort und Kosten jedes Modells sowie das günstigste Modell, das bestanden hat (die breite Tabelle von RouterBench; der Custom Router von Not Diamond und RouteLLM lesen sie ein, siehe README). Keine Routing-Tabelle.</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet: run the benchmark, then its results can be exported here as training data for learned routers.</source>
        <translation>Noch keine Läufe: Führen Sie den Benchmark aus, dann können seine Ergebnisse hier als Trainingsdaten für gelernte Router exportiert werden.</translation>
    </message>
</context>
<context>
    <name>ExportDiff</name>
    <message>
        <source>No earlier export of this format from this workspace. Save… writes one; later changes to the routing map then show here, line by line.</source>
        <translation>Kein früherer Export dieses Formats aus diesem Arbeitsbereich. Speichern… schreibt einen; spätere Änderungen an der Routing-Tabelle erscheinen dann hier, Zeile für Zeile.</translation>
    </message>
    <message>
        <source>No earlier export of this format to compare with: %1, exported on %2, is no longer there.</source>
        <translation>Kein früherer Export dieses Formats zum Vergleich: %1, exportiert am %2, ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The last export, %1, cannot be read: %2</source>
        <translation>Der letzte Export, %1, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unchanged since the last export (%1, %2).</source>
        <translation>Unverändert seit dem letzten Export (%1, %2).</translation>
    </message>
    <message>
        <source>Changed since the last export (%1, %2): %3, %4.</source>
        <translation>Geändert seit dem letzten Export (%1, %2): %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>current export</source>
        <translation>aktueller Export</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer Fehler</numerusform>
            <numerusform>... und %n weitere Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeminiBatchClient</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GeminiClient</name>
    <message>
        <source>The response has no candidates</source>
        <translation>Die Antwort enthält keine candidates</translation>
    </message>
    <message>
        <source>The prompt was blocked (%1)</source>
        <translation>Der Prompt wurde blockiert (%1)</translation>
    </message>
    <message>
        <source>The answer was blocked (%1)</source>
        <translation>Die Antwort wurde blockiert (%1)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Test Cases</source>
        <translation>Testfälle importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>IsJsonScorer</name>
    <message>
        <source>the output is not JSON: %1</source>
        <translation>die Ausgabe ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the output is JSON: %1</source>
        <translation>die Ausgabe ist JSON: %1</translation>
    </message>
</context>
<context>
    <name>JsonFieldEqualsScorer</name>
    <message>
        <source>found no JSON in the output</source>
        <translation>kein JSON in der Ausgabe gefunden</translation>
    </message>
    <message>
        <source>the output&apos;s JSON has nothing at %1</source>
        <translation>das JSON der Ausgabe hat nichts unter %1</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, nicht %3</translation>
    </message>
</context>
<context>
    <name>JsonLineScan</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected a JSON object such as {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}, found %1</source>
        <translation>erwartet wird ein JSON-Objekt wie {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}, gefunden: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; a test case needs far fewer</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; ein Testfall braucht weit weniger</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 surrogate pair without its other half; it is not a character</source>
        <translation>\u%1 ist die Hälfte eines UTF-16-Surrogatpaars ohne die andere Hälfte; es ist kein Zeichen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in this object; each key may appear once</source>
        <translation>doppelter Schlüssel &quot;%1&quot; in diesem Objekt; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>empty path; expected a field name such as customer.id</source>
        <translation>leerer Pfad; erwartet wird ein Feldname wie customer.id</translation>
    </message>
    <message>
        <source>expected a field name after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; wird ein Feldname erwartet</translation>
    </message>
    <message>
        <source>expected a field name after &apos;.&apos;, found &apos;[&apos;</source>
        <translation>nach &apos;.&apos; wird ein Feldname erwartet, gefunden: &apos;[&apos;</translation>
    </message>
    <message>
        <source>expected a field name before &apos;.&apos;</source>
        <translation>vor &apos;.&apos; wird ein Feldname erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;]&apos; without &apos;[&apos;</source>
        <translation>unerwartetes &apos;]&apos; ohne &apos;[&apos;</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos; before &apos;%1&apos;</source>
        <translation>vor &apos;%1&apos; wird &apos;.&apos; oder &apos;[&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;[&apos; is not closed; expected &apos;]&apos;</source>
        <translation>&apos;[&apos; wird nicht geschlossen; erwartet wird &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected a list index (0, 1, ..., or -1 for the last) or a quoted key between &apos;[&apos; and &apos;]&apos;</source>
        <translation>zwischen &apos;[&apos; und &apos;]&apos; wird ein Listenindex (0, 1, … oder -1 für den letzten) oder ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>the quoted key is not closed; expected %1] after it</source>
        <translation>der Schlüssel in Anführungszeichen wird nicht geschlossen; danach wird %1] erwartet</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>not a JSON schema Signalbox can use: %1</source>
        <translation>kein JSON-Schema, das Signalbox verwenden kann: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JsonlCases</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected one JSON object per line, such as {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}</source>
        <translation>erwartet wird ein JSON-Objekt pro Zeile, etwa {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>the file holds no test cases; expected one JSON object per line, such as {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}</source>
        <translation>die Datei enthält keine Testfälle; erwartet wird ein JSON-Objekt pro Zeile, etwa {&quot;id&quot;: &quot;c1&quot;, &quot;input&quot;: &quot;...&quot;}</translation>
    </message>
</context>
<context>
    <name>JudgeAnswer</name>
    <message>
        <source>the judge&apos;s score %1 is outside 0 to 1</source>
        <translation>die Punktzahl %1 des Bewertungsmodells liegt nicht zwischen 0 und 1</translation>
    </message>
    <message>
        <source>the judge&apos;s answer is empty</source>
        <translation>die Antwort des Bewertungsmodells ist leer</translation>
    </message>
    <message>
        <source>found no score or verdict in the judge&apos;s answer %1</source>
        <translation>in der Antwort %1 des Bewertungsmodells wurde weder Punktzahl noch Urteil gefunden</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>there is no such entry. Store the key from the provider&apos;s settings, or name an environment variable that holds it instead.</source>
        <translation>diesen Eintrag gibt es nicht. Speichern Sie den Schlüssel in den Einstellungen des Anbieters oder nennen Sie stattdessen eine Umgebungsvariable, die ihn enthält.</translation>
    </message>
    <message>
        <source>access to the keyring was denied. Unlock the keyring and try again.</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no keyring service is available on this system (such as GNOME Keyring or KWallet). Keep the key in an environment variable instead.</source>
        <translation>auf diesem System ist kein Schlüsselbund-Dienst verfügbar (etwa GNOME Keyring oder KWallet). Legen Sie den Schlüssel stattdessen in eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>this system&apos;s keyring is not supported.</source>
        <translation>der Schlüsselbund dieses Systems wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>the entry could not be deleted.</source>
        <translation>der Eintrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>no D-Bus session is running, so no keyring service (such as GNOME Keyring or KWallet) can be reached. Keep the key in an environment variable instead.</source>
        <translation>es läuft keine D-Bus-Sitzung, daher ist kein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet) erreichbar. Legen Sie den Schlüssel stattdessen in eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>the keyring service reported &quot;%1&quot;. Check that a keyring such as GNOME Keyring or KWallet is running and unlocked.</source>
        <translation>der Schlüsselbund-Dienst meldete „%1“. Prüfen Sie, ob ein Schlüsselbund wie GNOME Keyring oder KWallet läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>No environment variable is named for the API key.</source>
        <translation>Für den API-Schlüssel ist keine Umgebungsvariable angegeben.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set. Set it to the API key before starting Signalbox, or store the key in the keyring.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt. Setzen Sie sie vor dem Start von Signalbox auf den API-Schlüssel oder speichern Sie den Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Die Umgebungsvariable %1 ist leer.</translation>
    </message>
    <message>
        <source>Cannot read the API key &quot;%1&quot; from the keyring: %2</source>
        <translation>Der API-Schlüssel „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>No keyring entry is named for the API key.</source>
        <translation>Für den API-Schlüssel ist kein Schlüsselbund-Eintrag angegeben.</translation>
    </message>
    <message>
        <source>Cannot store the API key &quot;%1&quot; in the keyring: %2</source>
        <translation>Der API-Schlüssel „%1“ kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the API key &quot;%1&quot; from the keyring: %2</source>
        <translation>Der API-Schlüssel „%1“ kann nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelledSample</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;input&quot;: &quot;...&quot;, &quot;category&quot;: &quot;...&quot;}</source>
        <translation>erwartet wird ein Objekt wie {&quot;input&quot;: &quot;...&quot;, &quot;category&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>expected the request&apos;s text as &quot;input&quot;: &quot;...&quot;</source>
        <translation>erwartet wird der Text der Anfrage als &quot;input&quot;: &quot;...&quot;</translation>
    </message>
    <message>
        <source>expected its true category as &quot;category&quot;: &quot;...&quot;</source>
        <translation>erwartet wird ihre wahre Kategorie als &quot;category&quot;: &quot;...&quot;</translation>
    </message>
    <message>
        <source>category &apos;%1&apos; is not defined in this workspace%2</source>
        <translation>Kategorie &apos;%1&apos; ist in diesem Arbeitsbereich nicht definiert%2</translation>
    </message>
    <message>
        <source>; expected one of %1</source>
        <translation>; erwartet wird eine von %1</translation>
    </message>
    <message>
        <source>the sample holds no labelled prompts</source>
        <translation>die Stichprobe enthält keine gelabelten Prompts</translation>
    </message>
    <message>
        <source>cannot read this file: %1</source>
        <translation>diese Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>p50 (median)</source>
        <translation>p50 (Median)</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latenz (s)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Latency per model · traffic-weighted over all categories</source>
        <translation>Latenz je Modell · nach Traffic gewichtet über alle Kategorien</translation>
    </message>
    <message>
        <source>Latency per model · %1</source>
        <translation>Latenz je Modell · %1</translation>
    </message>
    <message>
        <source>not measured (batch)</source>
        <translation>nicht gemessen (Batch)</translation>
    </message>
</context>
<context>
    <name>LatencyScorer</name>
    <message>
        <source>the most milliseconds one call may take</source>
        <translation>höchstens so viele Millisekunden darf ein Aufruf dauern</translation>
    </message>
    <message>
        <source>the call took %1 ms; at most %2 ms allowed</source>
        <translation>der Aufruf dauerte %1 ms; erlaubt sind höchstens %2 ms</translation>
    </message>
    <message>
        <source>no latency: answered through the provider&apos;s batch API</source>
        <translation>keine Latenz: über die Batch-API des Anbieters beantwortet</translation>
    </message>
</context>
<context>
    <name>LevenshteinScorer</name>
    <message>
        <source>edit distance %1 to %2; at most %3 allowed</source>
        <translation>Editierdistanz %1 zu %2; erlaubt sind höchstens %3</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>LlmRubricScorer</name>
    <message>
        <source>no judge answer: llm-rubric needs a judge model&apos;s verdict</source>
        <translation>keine Antwort des Bewertungsmodells: llm-rubric braucht das Urteil eines Bewertungsmodells</translation>
    </message>
    <message>
        <source>the judge call failed: %1</source>
        <translation>der Aufruf des Bewertungsmodells schlug fehl: %1</translation>
    </message>
    <message>
        <source>the judge gave no reason</source>
        <translation>das Bewertungsmodell nannte keine Begründung</translation>
    </message>
    <message>
        <source>score %1 is below the threshold %2: %3</source>
        <translation>Punktzahl %1 liegt unter der Schwelle %2: %3</translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message>
        <source>Could Not Open Workspace</source>
        <translation>Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>“%1” could not be opened: %n problem(s) found. Fix the file and open it again; the workspace you had open is unchanged.</source>
        <translation>
            <numerusform>„%1“ konnte nicht geöffnet werden: %n Problem gefunden. Korrigieren Sie die Datei und öffnen Sie sie erneut; der geöffnete Arbeitsbereich bleibt unverändert.</numerusform>
            <numerusform>„%1“ konnte nicht geöffnet werden: %n Probleme gefunden. Korrigieren Sie die Datei und öffnen Sie sie erneut; der geöffnete Arbeitsbereich bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Errors</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Start an empty workspace</source>
        <translation>Mit einem leeren Arbeitsbereich beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>&amp;Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open a copy of the bundled support-desk workspace, to try Signalbox without your own data</source>
        <translation>Eine Kopie des mitgelieferten Support-Desk-Arbeitsbereichs öffnen, um Signalbox ohne eigene Daten auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the workspace to its file</source>
        <translation>Den Arbeitsbereich in seine Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the workspace to a new file</source>
        <translation>Den Arbeitsbereich in eine neue Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Choose the language and the theme</source>
        <translation>Sprache und Farbschema wählen</translation>
    </message>
    <message>
        <source>&amp;About Signalbox</source>
        <translation>&amp;Über Signalbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>About Signalbox</source>
        <translation>Über Signalbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;A workbench for building routing maps for LLM applications from evidence: benchmark your task categories across models, compare accuracy against cost, and export the routing map for your gateway.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalbox %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, um Routing-Tabellen für LLM-Anwendungen auf Grundlage von Messungen zu erstellen: Benchmarken Sie Ihre Aufgabenkategorien über mehrere Modelle, vergleichen Sie Genauigkeit und Kosten und exportieren Sie die Routing-Tabelle für Ihr Gateway.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixAnswerBlock</name>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>means of %1 repeats; output of repeat 1</source>
        <translation>Mittelwerte aus %1 Wiederholungen; Ausgabe von Wiederholung 1</translation>
    </message>
    <message>
        <source>Repeat %1 failed (%2): %3</source>
        <translation>Wiederholung %1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>This model has no result for the case.</source>
        <translation>Dieses Modell hat kein Ergebnis für den Testfall.</translation>
    </message>
    <message>
        <source>No answer: the call failed.</source>
        <translation>Keine Antwort: Der Aufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The model answered nothing.</source>
        <translation>Das Modell hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>⚠ error</source>
        <translation>⚠ Fehler</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 bestanden</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ nicht bestanden</translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation>Keine Antwort: %1.</translation>
    </message>
    <message>
        <source>Repeat %1 failed, %2: %3</source>
        <translation>Wiederholung %1 fehlgeschlagen, %2: %3</translation>
    </message>
</context>
<context>
    <name>MatrixDetailPane</name>
    <message>
        <source>Select a case to read its input, the expected output and every model&apos;s answer.</source>
        <translation>Wählen Sie einen Testfall, um seine Eingabe, die erwartete Ausgabe und die Antwort jedes Modells zu lesen.</translation>
    </message>
    <message>
        <source>The case has no expected output; its scorers say what passes.</source>
        <translation>Der Testfall hat keine erwartete Ausgabe; seine Bewerter entscheiden, was besteht.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This case is no longer in the workspace, so its input cannot be shown.</source>
        <translation>Dieser Testfall ist nicht mehr im Arbeitsbereich, daher kann seine Eingabe nicht gezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Answers of %n model(s)</source>
        <translation>
            <numerusform>Antworten von %n Modell</numerusform>
            <numerusform>Antworten von %n Modellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MisroutesModel</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>classifier: %1</source>
        <translation>Klassifikator: %1</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>passed anyway</source>
        <translation>trotzdem bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Its category</source>
        <translation>Ihre Kategorie</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Model that answered</source>
        <translation>Antwortendes Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Its answer</source>
        <translation>Seine Antwort</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Unique in the workspace; routes and results refer to it</source>
        <translation>Eindeutig im Arbeitsbereich; Routen und Ergebnisse verweisen darauf</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model id:</source>
        <translation>&amp;Modell-Id:</translation>
    </message>
    <message>
        <source>The provider&apos;s own name for the model, as sent in requests</source>
        <translation>Der eigene Name des Anbieters für das Modell, wie er in Anfragen gesendet wird</translation>
    </message>
    <message>
        <source>Same as the id</source>
        <translation>Wie die Id</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>A&amp;nzeigename:</translation>
    </message>
    <message>
        <source>&amp;Input price:</source>
        <translation>&amp;Eingabepreis:</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>US-Dollar pro Million Eingabe-Tokens</translation>
    </message>
    <message>
        <source>$ </source>
        <translation>$ </translation>
    </message>
    <message>
        <source> per 1M tokens</source>
        <translation> pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>&amp;Output price:</source>
        <translation>&amp;Ausgabepreis:</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>US-Dollar pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>&amp;Gecachte Eingabe:</translation>
    </message>
    <message>
        <source>US dollars per million cached input tokens; optional</source>
        <translation>US-Dollar pro Million gecachter Eingabe-Tokens; optional</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <source>US dollars per million reasoning tokens; optional</source>
        <translation>US-Dollar pro Million Reasoning-Tokens; optional</translation>
    </message>
    <message>
        <source>C&amp;ontext window:</source>
        <translation>K&amp;ontextfenster:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Sandbox &amp;simulation</source>
        <translation>Sandbox-&amp;Simulation</translation>
    </message>
    <message>
        <source>How the sandbox imitates this model when runs are simulated</source>
        <translation>Wie die Sandbox dieses Modell nachahmt, wenn Läufe simuliert werden</translation>
    </message>
    <message>
        <source>Correct &amp;answers:</source>
        <translation>Richtige &amp;Antworten:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Same as the id: %1</source>
        <translation>Wie die Id: %1</translation>
    </message>
    <message>
        <source>%1 (no such provider)</source>
        <translation>%1 (Anbieter existiert nicht)</translation>
    </message>
    <message>
        <source>Not in the bundled price catalogue.</source>
        <translation>Nicht im mitgelieferten Preiskatalog.</translation>
    </message>
    <message>
        <source>The list price of the bundled catalogue (checked %1).</source>
        <translation>Der Listenpreis aus dem mitgelieferten Katalog (geprüft am %1).</translation>
    </message>
    <message>
        <source>List price %1 in, %2 out (catalogue checked %3). &lt;a href=&quot;use&quot;&gt;Use list price&lt;/a&gt;</source>
        <translation>Listenpreis %1 Eingabe, %2 Ausgabe (Katalog geprüft am %3). &lt;a href=&quot;use&quot;&gt;Listenpreis übernehmen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ModelScatterChart</name>
    <message>
        <source>All categories · traffic-weighted accuracy vs cost</source>
        <translation>Alle Kategorien · nach Traffic gewichtete Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>Routed model of a category</source>
        <translation>Geroutetes Modell einer Kategorie</translation>
    </message>
    <message>
        <source>This run has no results yet.</source>
        <translation>Dieser Lauf hat noch keine Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <source>Traffic-weighted over %n category(s); meets the bar on %1</source>
        <translation>
            <numerusform>Nach Traffic gewichtet über %n Kategorie; erreicht die Schwelle in %1 davon</numerusform>
            <numerusform>Nach Traffic gewichtet über %n Kategorien; erreicht die Schwelle in %1 davon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsArea</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Filter providers</source>
        <translation>Anbieter filtern</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Select a provider to edit its address, key reference and limits.</source>
        <translation>Wählen Sie einen Anbieter, um Adresse, Schlüsselverweis und Limits zu bearbeiten.</translation>
    </message>
    <message>
        <source>Select a model to edit its provider and prices.</source>
        <translation>Wählen Sie ein Modell, um Anbieter und Preise zu bearbeiten.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>No providers yet: add one, or pick a known provider from the menu beside Add.</source>
        <translation>Noch keine Anbieter: Fügen Sie einen hinzu oder wählen Sie einen bekannten Anbieter aus dem Menü neben „Hinzufügen“.</translation>
    </message>
    <message>
        <source>No provider matches &quot;%1&quot;.</source>
        <translation>Kein Anbieter passt zu „%1“.</translation>
    </message>
    <message>
        <source>Add a provider first, then the models it serves.</source>
        <translation>Fügen Sie zuerst einen Anbieter hinzu, dann die Modelle, die er anbietet.</translation>
    </message>
    <message>
        <source>No models yet: add one, or pick one with its list price from the menu beside Add.</source>
        <translation>Noch keine Modelle: Fügen Sie eines hinzu oder wählen Sie eines mit Listenpreis aus dem Menü neben „Hinzufügen“.</translation>
    </message>
    <message>
        <source>No model matches &quot;%1&quot;.</source>
        <translation>Kein Modell passt zu „%1“.</translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Einen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the selected provider and the models that use it</source>
        <translation>Den ausgewählten Anbieter und die Modelle, die ihn nutzen, entfernen</translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add a candidate model</source>
        <translation>Ein Kandidatenmodell hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Model</source>
        <translation>Modell duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected model</source>
        <translation>Eine Kopie des ausgewählten Modells hinzufügen</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Das ausgewählte Modell entfernen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Known providers</source>
        <translation>Bekannte Anbieter</translation>
    </message>
    <message>
        <source>%1 (%2 in, %3 out)</source>
        <translation>%1 (%2 Eingabe, %3 Ausgabe)</translation>
    </message>
    <message>
        <source>The catalogue knows none of these providers&apos; models</source>
        <translation>Der Katalog kennt keine Modelle dieser Anbieter</translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation>Anbieter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>anbieter</translation>
    </message>
    <message>
        <source>new-model</source>
        <translation>neues-modell</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) use the provider %1: %2. Removing the provider removes them too, and takes them out of the routing map.</source>
        <translation>
            <numerusform>%n Modell nutzt den Anbieter %1: %2. Wird der Anbieter entfernt, wird es mit entfernt und aus der Routing-Tabelle genommen.</numerusform>
            <numerusform>%n Modelle nutzen den Anbieter %1: %2. Wird der Anbieter entfernt, werden sie mit entfernt und aus der Routing-Tabelle genommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Provider and Models</source>
        <translation>Anbieter und Modelle entfernen</translation>
    </message>
    <message>
        <source>The routing map sends requests to %1. Removing the model takes it out of every route.</source>
        <translation>Die Routing-Tabelle schickt Anfragen an %1. Wird das Modell entfernt, verschwindet es aus jeder Route.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Bearbeiten &gt; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Import Prices…</source>
        <translation>Preise importieren…</translation>
    </message>
    <message>
        <source>Compare the models&apos; prices with LiteLLM&apos;s or OpenRouter&apos;s price list and apply the new ones</source>
        <translation>Die Preise der Modelle mit der Preisliste von LiteLLM oder OpenRouter vergleichen und die neuen übernehmen</translation>
    </message>
</context>
<context>
    <name>ModelsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>There is no provider named &quot;%1&quot;</source>
        <translation>Es gibt keinen Anbieter namens „%1“</translation>
    </message>
    <message>
        <source>Sent as the model&apos;s id</source>
        <translation>Wird als Id des Modells gesendet</translation>
    </message>
    <message>
        <source>Used by the routing map</source>
        <translation>Von der Routing-Tabelle verwendet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Eingabe $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Ausgabe $/1M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The name categories and routes use</source>
        <translation>Der Name, den Kategorien und Routen verwenden</translation>
    </message>
    <message>
        <source>The provider&apos;s own model id, as sent in requests</source>
        <translation>Die eigene Modell-Id des Anbieters, wie sie in Anfragen gesendet wird</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>US-Dollar pro Million Eingabe-Tokens</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>US-Dollar pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>Kontextfenster in Tokens</translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <source>A model needs an id.</source>
        <translation>Ein Modell braucht eine Id.</translation>
    </message>
    <message>
        <source>There is already a model with the id &quot;%1&quot;.</source>
        <translation>Es gibt schon ein Modell mit der Id „%1“.</translation>
    </message>
</context>
<context>
    <name>NumericScorer</name>
    <message>
        <source>value: numeric expects a number, found %1</source>
        <translation>value: numeric erwartet eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>no number to compare with in %1</source>
        <translation>in %1 steht keine Zahl zum Vergleichen</translation>
    </message>
    <message>
        <source>found no number in the output</source>
        <translation>keine Zahl in der Ausgabe gefunden</translation>
    </message>
    <message>
        <source>the output&apos;s number %1 is within %2 of %3</source>
        <translation>die Zahl %1 der Ausgabe liegt höchstens %2 von %3 entfernt</translation>
    </message>
    <message>
        <source>the output&apos;s number %1 differs from %2 by %3; at most %4 allowed</source>
        <translation>die Zahl %1 der Ausgabe weicht um %3 von %2 ab; erlaubt sind höchstens %4</translation>
    </message>
</context>
<context>
    <name>OllamaClient</name>
    <message>
        <source>The response has no message.content</source>
        <translation>Die Antwort enthält kein message.content</translation>
    </message>
</context>
<context>
    <name>OpenAiBatchClient</name>
    <message>
        <source>The file upload returned no file id.</source>
        <translation>Der Datei-Upload lieferte keine Datei-ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <source>The response has no choices[0].message</source>
        <translation>Die Antwort enthält kein choices[0].message</translation>
    </message>
    <message>
        <source>finish_reason: content_filter</source>
        <translation>finish_reason: content_filter</translation>
    </message>
    <message>
        <source>finish_reason: content_filter: %1</source>
        <translation>finish_reason: content_filter: %1</translation>
    </message>
    <message>
        <source>The model called a tool (%1) instead of answering</source>
        <translation>Das Modell hat ein Tool aufgerufen (%1), statt zu antworten</translation>
    </message>
</context>
<context>
    <name>OpenBatches</name>
    <message numerus="yes">
        <source>Run %1 has %n batch(es) still open at %2</source>
        <translation>
            <numerusform>Lauf %1 hat noch %n offenen Batch bei %2</numerusform>
            <numerusform>Lauf %1 hat noch %n offene Batches bei %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanEstimate</name>
    <message>
        <source>%1 calls · ~%2 · %3</source>
        <translation>%1 Aufrufe · ~%2 · %3</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Signalbox starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Signalbox.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>PriceCatalogue</name>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannter Schlüssel „%1“; erwartet wird einer von: %2.</translation>
    </message>
    <message>
        <source>Expected %1 as a mapping of keys to values.</source>
        <translation>Erwartet wird %1 als Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
    <message>
        <source>Missing required key &quot;%1&quot;.</source>
        <translation>Der Pflichtschlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>„%1“ muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>Missing required price &quot;%1&quot;.</source>
        <translation>Der Pflichtpreis „%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a price in US dollars per million tokens, 0 or more; found &quot;%2&quot;.</source>
        <translation>„%1“ muss ein Preis in US-Dollar pro Million Tokens sein, 0 oder mehr; gefunden: „%2“.</translation>
    </message>
    <message>
        <source>&quot;context_window&quot; must be a whole number of tokens, 0 or more.</source>
        <translation>„context_window“ muss eine ganze Zahl von Tokens sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Missing required key &quot;version&quot;.</source>
        <translation>Der Pflichtschlüssel „version“ fehlt.</translation>
    </message>
    <message>
        <source>Unsupported catalogue version &quot;%1&quot;; this Signalbox reads version 1.</source>
        <translation>Nicht unterstützte Katalogversion „%1“; diese Signalbox-Version liest Version 1.</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-11-23; found &quot;%1&quot;.</source>
        <translation>„checked“ muss ein Datum wie 2026-11-23 sein; gefunden: „%1“.</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>ein Anbieter</translation>
    </message>
    <message>
        <source>Unknown provider kind &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unbekannte Anbieterart „%1“; erwartet wird eine von: %2.</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; list it under &quot;providers&quot; first.</source>
        <translation>Unbekannter Anbieter „%1“; führen Sie ihn zuerst unter „providers“ auf.</translation>
    </message>
    <message>
        <source>Missing required key &quot;price&quot;.</source>
        <translation>Der Pflichtschlüssel „price“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;price&quot;</source>
        <translation>„price“</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be a list.</source>
        <translation>„providers“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is listed twice.</source>
        <translation>Anbieter „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be a list.</source>
        <translation>„models“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; of provider &quot;%2&quot; is listed twice.</source>
        <translation>Modell „%1“ von Anbieter „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Expected a price catalogue: a mapping with version, checked, providers and models.</source>
        <translation>Erwartet wird ein Preiskatalog: eine Zuordnung mit version, checked, providers und models.</translation>
    </message>
    <message>
        <source>A catalogue needs both &quot;providers&quot; and &quot;models&quot;.</source>
        <translation>Ein Katalog braucht sowohl „providers“ als auch „models“.</translation>
    </message>
    <message>
        <source>Cannot read the price catalogue: %1</source>
        <translation>Der Preiskatalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <source>Import Prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <source>Compare the models&apos; prices with a public price list, LiteLLM&apos;s or OpenRouter&apos;s. Models match by the provider&apos;s model id; nothing changes until you apply the new prices, and one undo takes them all back.</source>
        <translation>Vergleichen Sie die Preise der Modelle mit einer öffentlichen Preisliste, der von LiteLLM oder von OpenRouter. Modelle werden über die Modell-Id des Anbieters zugeordnet; nichts ändert sich, bis Sie die neuen Preise übernehmen, und ein einziges Rückgängig nimmt sie alle zurück.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply New Prices</source>
        <translation>Neue Preise ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Download a list, or open one saved as a file.</source>
        <translation>Laden Sie eine Liste herunter oder öffnen Sie eine als Datei gespeicherte.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>Open Price List</source>
        <translation>Preisliste öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 from %2: new prices for %3 of the %4 models it lists.</source>
        <translation>%1 von %2: neue Preise für %3 der %4 dort aufgeführten Modelle.</translation>
    </message>
    <message>
        <source>%1 from %2: the models already have its prices.</source>
        <translation>%1 von %2: Die Modelle haben bereits ihre Preise.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not in the list, prices kept: %1</source>
        <translation>Nicht in der Liste, Preise beibehalten: %1</translation>
    </message>
    <message>
        <source>Import Prices from %1</source>
        <translation>Preise aus %1 importieren</translation>
    </message>
    <message>
        <source>Set the price of %1</source>
        <translation>Preis von %1 festlegen</translation>
    </message>
    <message>
        <source>Applied the new prices of %1 models; Edit ▸ Undo takes them back.</source>
        <translation>Die neuen Preise von %1 Modellen wurden übernommen; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>PriceListFetcher</name>
    <message>
        <source>%1 is larger than %2; that is not a price list.</source>
        <translation>%1 ist größer als %2; das ist keine Preisliste.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. This computer seems to be offline or behind a proxy; download the list another way and open it as a file.</source>
        <translation>%1 ist nicht erreichbar: %2. Dieser Computer scheint offline oder hinter einem Proxy zu sein; laden Sie die Liste auf anderem Weg herunter und öffnen Sie sie als Datei.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>PriceListReader</name>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 is not a price list: expected a JSON object (LiteLLM&apos;s model prices, or OpenRouter&apos;s models list with a &quot;data&quot; array)</source>
        <translation>%1 ist keine Preisliste: erwartet wird ein JSON-Objekt (die Modellpreise von LiteLLM oder die Modellliste von OpenRouter mit einem &quot;data&quot;-Array)</translation>
    </message>
    <message>
        <source>%1 holds no model prices</source>
        <translation>%1 enthält keine Modellpreise</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PriceReviewModel</name>
    <message>
        <source>%1 gets the list&apos;s figures from %2</source>
        <translation>%1 erhält die Werte der Liste aus %2</translation>
    </message>
    <message>
        <source>%1 already has the list&apos;s figures</source>
        <translation>%1 hat bereits die Werte der Liste</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Listeneintrag</translation>
    </message>
    <message>
        <source>Input $/M</source>
        <translation>Eingabe $/M</translation>
    </message>
    <message>
        <source>Output $/M</source>
        <translation>Ausgabe $/M</translation>
    </message>
    <message>
        <source>Cached input $/M</source>
        <translation>Gecachte Eingabe $/M</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>PriceReviewer</name>
    <message>
        <source>its entry %1 was refused: %2</source>
        <translation>sein Eintrag %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>not in the list</source>
        <translation>nicht in der Liste</translation>
    </message>
</context>
<context>
    <name>PricingShiftText</name>
    <message>
        <source>%1 per 1,000 requests (%2 a month) at stake</source>
        <translation>%1 pro 1.000 Anfragen (%2 pro Monat) stehen auf dem Spiel</translation>
    </message>
    <message>
        <source>%1 per 1,000 requests at stake</source>
        <translation>%1 pro 1.000 Anfragen stehen auf dem Spiel</translation>
    </message>
    <message>
        <source>%1 won at the run&apos;s prices, %2 wins at today&apos;s: %3</source>
        <translation>%1 hat zu den Preisen des Laufs gewonnen, %2 gewinnt zu den heutigen: %3</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama (native)</source>
        <translation>Ollama (nativ)</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>No data from %1 for %n second(s)</source>
        <translation>
            <numerusform>Seit %n Sekunde keine Daten von %1</numerusform>
            <numerusform>Seit %n Sekunden keine Daten von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the whole response arrived</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1): %2</source>
        <translation>Die Antwort ist kein gültiges JSON (%1): %2</translation>
    </message>
    <message>
        <source>The response is not a JSON object: %1</source>
        <translation>Die Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>HTTP status %1 with an empty body</source>
        <translation>HTTP-Status %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
    <message>
        <source>(error body longer than %1 MB, cut)</source>
        <translation>(Fehlertext länger als %1 MB, gekürzt)</translation>
    </message>
    <message>
        <source>Answer larger than %1 MB, more than a max tokens of %2 allows: not read further</source>
        <translation>Antwort größer als %1 MB, mehr als ein max_tokens von %2 zulässt: nicht weiter gelesen</translation>
    </message>
    <message>
        <source>the provider&apos;s default</source>
        <translation>der Standard des Anbieters</translation>
    </message>
    <message>
        <source>No text came back</source>
        <translation>Es kam kein Text zurück</translation>
    </message>
    <message>
        <source>No text came back (finish reason: %1)</source>
        <translation>Es kam kein Text zurück (Abschlussgrund: %1)</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique in the workspace; models refer to it</source>
        <translation>Eindeutig im Arbeitsbereich; Modelle verweisen darauf</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>The API the provider speaks</source>
        <translation>Die API, die der Anbieter spricht</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Store Key in Keyring...</source>
        <translation>Schlüssel im Schlüsselbund &amp;speichern …</translation>
    </message>
    <message>
        <source>Put the API key in the system keyring; the workspace file names only the entry</source>
        <translation>Den API-Schlüssel im Schlüsselbund des Systems ablegen; die Arbeitsbereichsdatei nennt nur den Eintrag</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation>Gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Keyring entry</source>
        <translation>Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>No extra headers</source>
        <translation>Keine zusätzlichen Header</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; looks like it carries a secret. Headers are saved in the workspace file: keep API keys in the key reference above instead.</source>
        <translation>Der Header „%1“ scheint ein Geheimnis zu enthalten. Header werden in der Arbeitsbereichsdatei gespeichert: Hinterlegen Sie API-Schlüssel stattdessen im Schlüsselverweis oben.</translation>
    </message>
    <message>
        <source>Entry name, e.g. %1</source>
        <translation>Name des Eintrags, z. B. %1</translation>
    </message>
    <message>
        <source>Variable, e.g. OPENAI_API_KEY</source>
        <translation>Variable, z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Requests carry no API key, as a local Ollama or vLLM server expects.</source>
        <translation>Anfragen enthalten keinen API-Schlüssel, wie es ein lokaler Ollama- oder vLLM-Server erwartet.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the key.</source>
        <translation>Nennen Sie die Umgebungsvariable, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>$%1 is set in Signalbox&apos;s environment.</source>
        <translation>$%1 ist in der Umgebung von Signalbox gesetzt.</translation>
    </message>
    <message>
        <source>$%1 is not set in the environment Signalbox was started from.</source>
        <translation>$%1 ist in der Umgebung, aus der Signalbox gestartet wurde, nicht gesetzt.</translation>
    </message>
    <message>
        <source>Name the keyring entry that holds the key.</source>
        <translation>Nennen Sie den Schlüsselbund-Eintrag, der den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Read from the system keyring when a run starts.</source>
        <translation>Wird beim Start eines Laufs aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Edit provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename provider %1 to %2</source>
        <translation>Anbieter %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ProviderKeyStatus</name>
    <message>
        <source>no key needed</source>
        <translation>kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 ist gesetzt</translation>
    </message>
    <message>
        <source>found in the keyring (%1)</source>
        <translation>im Schlüsselbund gefunden (%1)</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>not in the keyring (%1)</source>
        <translation>nicht im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>asking the keyring…</source>
        <translation>Schlüsselbund wird abgefragt …</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n model(s)</source>
        <translation>
            <numerusform>Von %n Modell genutzt</numerusform>
            <numerusform>Von %n Modellen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>The default address for this kind of provider</source>
        <translation>Die Standardadresse für diese Anbieterart</translation>
    </message>
    <message>
        <source>Requests are sent without an API key</source>
        <translation>Anfragen werden ohne API-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Where the API key is found: an environment variable or a keyring entry, never the key</source>
        <translation>Wo der API-Schlüssel zu finden ist: eine Umgebungsvariable oder ein Schlüsselbund-Eintrag, nie der Schlüssel selbst</translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation>Gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <source>Most requests sent per minute</source>
        <translation>Höchstzahl gesendeter Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Edit provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename provider %1 to %2</source>
        <translation>Anbieter %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>A provider needs a name.</source>
        <translation>Ein Anbieter braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a provider named &quot;%1&quot;.</source>
        <translation>Es gibt schon einen Anbieter namens „%1“.</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RegexScorer</name>
    <message>
        <source>a regular expression in &apos;value&apos;</source>
        <translation>einen regulären Ausdruck in &apos;value&apos;</translation>
    </message>
    <message>
        <source>value: invalid regular expression: %1 at offset %2</source>
        <translation>value: ungültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
    <message>
        <source>no match for /%1/</source>
        <translation>kein Treffer für /%1/</translation>
    </message>
    <message>
        <source>/%1/ matched %2 at character %3</source>
        <translation>/%1/ traf %2 bei Zeichen %3</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation>REGRESSION</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>$/1k req</source>
        <translation>$/1k Anfr.</translation>
    </message>
    <message>
        <source>$/case</source>
        <translation>$/Fall</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>pass^k</source>
        <translation>pass^k</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>$/1k change</source>
        <translation>$/1k Änderung</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 against baseline %2</source>
        <translation>Lauf %1 gegenüber Basislauf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n Regression</numerusform>
            <numerusform>%n Regressionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n Verbesserung</numerusform>
            <numerusform>%n Verbesserungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in the baseline: %1</source>
        <translation>Nur im Basislauf: %1</translation>
    </message>
    <message>
        <source>  No results.</source>
        <translation>  Keine Ergebnisse.</translation>
    </message>
    <message>
        <source>P(meets)</source>
        <translation>P(erreicht)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message numerus="yes">
        <source>p50/p95: %n answer(s) collected through a provider&apos;s batch API have no latency of their own and are left out (&quot;-&quot;: none measured)</source>
        <translation>
            <numerusform>p50/p95: %n Antwort, die über die Batch-API eines Anbieters kam, hat keine eigene Latenz und bleibt außen vor (&quot;-&quot;: keine gemessen)</numerusform>
            <numerusform>p50/p95: %n Antworten, die über die Batch-API eines Anbieters kamen, haben keine eigene Latenz und bleiben außen vor (&quot;-&quot;: keine gemessen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultDetailPanel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <source>Tokens %1 in / %2 out%3</source>
        <translation>Tokens %1 Eingabe / %2 Ausgabe%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source> + judge %1</source>
        <translation> + Bewertung %1</translation>
    </message>
    <message>
        <source>answered from the response cache</source>
        <translation>aus dem Antwort-Cache beantwortet</translation>
    </message>
    <message>
        <source>Select a result to see what was sent, what came back and how it was scored.</source>
        <translation>Wählen Sie ein Ergebnis, um zu sehen, was gesendet wurde, was zurückkam und wie es bewertet wurde.</translation>
    </message>
    <message>
        <source>Input sent</source>
        <translation>Gesendete Eingabe</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>Model output</source>
        <translation>Ausgabe des Modells</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Simulated by the sandbox</source>
        <translation>Von der Sandbox simuliert</translation>
    </message>
    <message>
        <source>This answer came from the sandbox&apos;s simulated model, not from the provider</source>
        <translation>Diese Antwort kam vom simulierten Modell der Sandbox, nicht vom Anbieter</translation>
    </message>
    <message>
        <source>No answer: the call failed.</source>
        <translation>Keine Antwort: Der Aufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The model answered nothing.</source>
        <translation>Das Modell hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source> · repeat %1</source>
        <translation> · Wiederholung %1</translation>
    </message>
    <message>
        <source>This case is no longer in the workspace, so its input cannot be shown.</source>
        <translation>Dieser Testfall ist nicht mehr im Arbeitsbereich, daher kann seine Eingabe nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>The case has no expected output; its scorers say what passes.</source>
        <translation>Der Testfall hat keine erwartete Ausgabe; seine Bewerter entscheiden, was besteht.</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>Error (%1%2): %3</source>
        <translation>Fehler (%1%2): %3</translation>
    </message>
    <message>
        <source>The workspace changed since this run: the input, expected output and scorers shown are today&apos;s.</source>
        <translation>Der Arbeitsbereich hat sich seit diesem Lauf geändert: Eingabe, erwartete Ausgabe und Bewerter werden im heutigen Stand gezeigt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not scored&lt;/b&gt;: the call failed, so there was no answer to judge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nicht bewertet&lt;/b&gt;: Der Aufruf ist fehlgeschlagen, es gab also keine Antwort zu beurteilen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; with a score of %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; mit einer Punktzahl von %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>scored by the judge model during the run</source>
        <translation>während des Laufs vom Bewertungsmodell bewertet</translation>
    </message>
    <message>
        <source> (weight %1)</source>
        <translation> (Gewicht %1)</translation>
    </message>
    <message>
        <source>Pass threshold %1.</source>
        <translation>Bestehensschwelle %1.</translation>
    </message>
    <message>
        <source>Attempts %1</source>
        <translation>Versuche %1</translation>
    </message>
    <message>
        <source>No answer to score, so the case failed: %1 (%2)</source>
        <translation>Keine Antwort zum Bewerten, daher ist der Testfall fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Failed&lt;/b&gt; without scoring: the answer was a %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehlgeschlagen&lt;/b&gt; ohne Bewertung: Die Antwort war: %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResultRecord</name>
    <message>
        <source>refusal</source>
        <translation>Verweigerung</translation>
    </message>
    <message>
        <source>content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message>
        <source>The category of the accuracy-vs-cost, latency and stability charts</source>
        <translation>Die Kategorie der Diagramme „Genauigkeit gegen Kosten“, „Latenz“ und „Stabilität“</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole chart again after zooming (wheel) or panning (drag)</source>
        <translation>Nach dem Zoomen (Mausrad) oder Verschieben (Ziehen) wieder das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save a chart of this tab as PNG, SVG or PDF</source>
        <translation>Ein Diagramm dieses Reiters als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Accuracy vs cost</source>
        <translation>Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n model(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Modell · %2</numerusform>
            <numerusform>%1 · %n Modelle · %2</numerusform>
        </translation>
    </message>
    <message>
        <source> · simulated</source>
        <translation> · simuliert</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet: save the workspace, then open Runs and press Run. The accuracy, cost, latency and stability of every model appear here.</source>
        <translation>Noch keine Läufe: Speichern Sie den Arbeitsbereich, öffnen Sie dann „Läufe“ und drücken Sie „Starten“. Genauigkeit, Kosten, Latenz und Stabilität jedes Modells erscheinen hier.</translation>
    </message>
    <message>
        <source>Loading the runs…</source>
        <translation>Die Läufe werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n result(s)</source>
        <translation>
            <numerusform>Lauf %1: %n Ergebnis</numerusform>
            <numerusform>Lauf %1: %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet: open Runs and press Run to benchmark the models on the categories. The accuracy, cost, latency and stability of every model appear here.</source>
        <translation>Noch keine Läufe: Öffnen Sie „Läufe“ und drücken Sie „Starten“, um die Modelle mit den Kategorien zu benchmarken. Genauigkeit, Kosten, Latenz und Stabilität jedes Modells erscheinen hier.</translation>
    </message>
    <message>
        <source>Loading the results of run %1…</source>
        <translation>Die Ergebnisse von Lauf %1 werden geladen …</translation>
    </message>
    <message>
        <source>Run %1 has no results yet: resume it in Runs, or choose another run.</source>
        <translation>Lauf %1 hat noch keine Ergebnisse: Setzen Sie ihn im Bereich „Läufe“ fort oder wählen Sie einen anderen Lauf.</translation>
    </message>
    <message>
        <source>The evidence the charts show: the latest per category and model across runs, or one run alone, newest first</source>
        <translation>Der Nachweis, den die Diagramme zeigen: der neueste pro Kategorie und Modell über alle Läufe oder ein einzelner Lauf, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Where each category and model&apos;s evidence comes from</source>
        <translation>Woher der Nachweis jeder Kategorie und jedes Modells stammt</translation>
    </message>
    <message>
        <source>Loading the latest evidence of every run…</source>
        <translation>Der neueste Nachweis jedes Laufs wird geladen…</translation>
    </message>
    <message>
        <source>Analysing the results…</source>
        <translation>Die Ergebnisse werden analysiert…</translation>
    </message>
    <message>
        <source>No run has current evidence for the workspace&apos;s categories: every cell changed since its run. Run them again in Runs, or choose one run above.</source>
        <translation>Kein Lauf hat aktuelle Nachweise für die Kategorien des Arbeitsbereichs: Jede Zelle hat sich seit ihrem Lauf geändert. Führen Sie sie unter Läufe erneut aus oder wählen Sie oben einen einzelnen Lauf.</translation>
    </message>
    <message>
        <source>%1: a model that changed since would not show; run with the cache off to check.</source>
        <translation>%1: Ein Modell, das sich seitdem geändert hat, würde nicht auffallen; führen Sie den Lauf ohne Cache aus, um es zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ResultsMatrixModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Repeat %1: </source>
        <translation>Wiederholung %1: </translation>
    </message>
    <message>
        <source>error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation>, Punktzahl %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>This case is no longer in the workspace; only its results are shown.</source>
        <translation>Dieser Testfall ist nicht mehr im Arbeitsbereich; nur seine Ergebnisse werden gezeigt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Mean cost %1 · mean latency %2</source>
        <translation>Mittlere Kosten %1 · mittlere Latenz %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>%1 (%2): click to select this model everywhere</source>
        <translation>%1 (%2): Klicken, um dieses Modell überall auszuwählen</translation>
    </message>
    <message>
        <source>fail, %1: %2</source>
        <translation>fehlgeschlagen, %1: %2</translation>
    </message>
    <message>
        <source> (judge %1)</source>
        <translation> (Bewertungsmodell %1)</translation>
    </message>
    <message>
        <source>%1%2 · %3%4 · %5 · %6 in / %7 out tokens</source>
        <translation>%1%2 · %3%4 · %5 · Tokens %6 Eingabe / %7 Ausgabe</translation>
    </message>
</context>
<context>
    <name>ResultsMatrixView</name>
    <message>
        <source>No results for %1 yet: run the category in the Runs area to fill the matrix.</source>
        <translation>Noch keine Ergebnisse für %1: Führen Sie die Kategorie im Bereich „Läufe“ aus, um die Matrix zu füllen.</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Kein Testfall passt zum Filter.</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Testfälle</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Modelle uneinig</translation>
    </message>
    <message>
        <source>Every case of the category</source>
        <translation>Jeder Testfall der Kategorie</translation>
    </message>
    <message>
        <source>Cases some model did not pass, errors included</source>
        <translation>Testfälle, die ein Modell nicht bestanden hat, Fehler eingeschlossen</translation>
    </message>
    <message>
        <source>Cases where some model&apos;s call failed</source>
        <translation>Testfälle, bei denen der Aufruf eines Modells fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Cases some models passed and others failed (errors aside)</source>
        <translation>Testfälle, die manche Modelle bestanden haben und andere nicht (Fehler ausgenommen)</translation>
    </message>
    <message>
        <source>Search inputs, expected and outputs</source>
        <translation>Eingaben, erwartete und tatsächliche Ausgaben durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the cases shown, in the order shown</source>
        <translation>Die angezeigten Testfälle in der angezeigten Reihenfolge speichern</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV …</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 von %n Testfall</numerusform>
            <numerusform>%1 von %n Testfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1.</source>
        <translation>Die Matrix wurde nicht exportiert: %1.</translation>
    </message>
    <message>
        <source> · choose a case to see every model&apos;s answer</source>
        <translation> · wählen Sie einen Testfall, um die Antwort jedes Modells zu sehen</translation>
    </message>
</context>
<context>
    <name>ResultsSchema</name>
    <message>
        <source>Cannot upgrade the results database %1 to version %2: %3</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht auf Version %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the version of the results database %1: %2</source>
        <translation>Die Version der Ergebnisdatenbank %1 kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>The results database %1 was written by a newer Signalbox (format %2; this one reads up to %3).</source>
        <translation>Die Ergebnisdatenbank %1 wurde von einer neueren Signalbox-Version geschrieben (Format %2; diese liest bis %3).</translation>
    </message>
    <message>
        <source>Cannot read the results database %1: %2</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Signalbox results database: it is an SQLite database with other tables (%2).</source>
        <translation>%1 ist keine Signalbox-Ergebnisdatenbank: Es ist eine SQLite-Datenbank mit anderen Tabellen (%2).</translation>
    </message>
    <message>
        <source>Cannot read the version of the results database %1: %2</source>
        <translation>Die Version der Ergebnisdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the results database %1: %2</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultsStore</name>
    <message>
        <source>Cannot open the results database %1: %2</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a results database: it is not an SQLite file. Move it away and Signalbox will create a new one.</source>
        <translation>%1 ist keine Ergebnisdatenbank: Es ist keine SQLite-Datei. Verschieben Sie sie, dann legt Signalbox eine neue an.</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the results database</source>
        <translation>Die Ergebnisdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the results database %1 in write-ahead-log mode (journal mode: %2). Is it on a network file system?</source>
        <translation>Die Ergebnisdatenbank %1 kann nicht im Write-Ahead-Log-Modus geöffnet werden (Journalmodus: %2). Liegt sie auf einem Netzwerkdateisystem?</translation>
    </message>
    <message>
        <source>Cannot configure the results database</source>
        <translation>Die Ergebnisdatenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot look for interrupted runs</source>
        <translation>Nach unterbrochenen Läufen kann nicht gesucht werden</translation>
    </message>
    <message>
        <source>Cannot mark run %1 as interrupted</source>
        <translation>Lauf %1 kann nicht als unterbrochen markiert werden</translation>
    </message>
    <message>
        <source>Cannot look up run %1</source>
        <translation>Lauf %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot save a run without an id in %1.</source>
        <translation>Ein Lauf ohne Id kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot update run %1: another Signalbox window or process is running it.</source>
        <translation>Lauf %1 kann nicht aktualisiert werden: Ein anderes Signalbox-Fenster oder ein anderer Prozess führt ihn aus.</translation>
    </message>
    <message>
        <source>Cannot save run %1</source>
        <translation>Lauf %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot update run %1</source>
        <translation>Lauf %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot update run %1: there is no such run in %2.</source>
        <translation>Lauf %1 kann nicht aktualisiert werden: In %2 gibt es keinen solchen Lauf.</translation>
    </message>
    <message>
        <source>Cannot read run %1</source>
        <translation>Lauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the list of runs</source>
        <translation>Die Liste der Läufe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot delete run %1: another Signalbox window or process is running it.</source>
        <translation>Lauf %1 kann nicht gelöscht werden: Ein anderes Signalbox-Fenster oder ein anderer Prozess führt ihn aus.</translation>
    </message>
    <message>
        <source>Cannot delete run %1</source>
        <translation>Lauf %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete run %1: there is no such run in %2.</source>
        <translation>Lauf %1 kann nicht gelöscht werden: In %2 gibt es keinen solchen Lauf.</translation>
    </message>
    <message>
        <source>Run %1 is being run by another Signalbox window or process.</source>
        <translation>Lauf %1 wird von einem anderen Signalbox-Fenster oder Prozess ausgeführt.</translation>
    </message>
    <message>
        <source>Cannot create the lock file of run %1 beside %2.</source>
        <translation>Die Sperrdatei von Lauf %1 kann neben %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The results database is not open.</source>
        <translation>Die Ergebnisdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot save results</source>
        <translation>Ergebnisse können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the result of case %1 of %2 for model %3 (repeat %4)</source>
        <translation>Das Ergebnis von Testfall %1 aus %2 für Modell %3 (Wiederholung %4) kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the results of run %1</source>
        <translation>Die Ergebnisse von Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the results of run %1</source>
        <translation>Die Ergebnisse von Lauf %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the response cache</source>
        <translation>Der Antwort-Cache kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write to the response cache</source>
        <translation>In den Antwort-Cache kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot clear the response cache</source>
        <translation>Der Antwort-Cache kann nicht geleert werden</translation>
    </message>
    <message>
        <source>Cannot save a verdict without its category, case and both models in %1.</source>
        <translation>Ein Urteil ohne Kategorie, Testfall und beide Modelle kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save the verdict on case %1</source>
        <translation>Das Urteil zu Testfall %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the verdict on case %1</source>
        <translation>Das Urteil zu Testfall %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the verdicts</source>
        <translation>Die Urteile können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot remove the verdict on case %1</source>
        <translation>Das Urteil zu Testfall %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot save what run %1 has spent</source>
        <translation>Die Ausgaben von Lauf %1 können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus Cache</translation>
    </message>
    <message>
        <source>Case %1, repeat %2</source>
        <translation>Testfall %1, Wiederholung %2</translation>
    </message>
    <message>
        <source>%1 input and %2 output tokens, estimated: the provider did not report usage</source>
        <translation>%1 Eingabe- und %2 Ausgabe-Tokens, geschätzt: Der Anbieter hat den Verbrauch nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 input and %2 output tokens</source>
        <translation>%1 Eingabe- und %2 Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Model %1 + judge %2</source>
        <translation>Modell %1 + Bewertung %2</translation>
    </message>
    <message>
        <source>Answered from the response cache, not the provider</source>
        <translation>Aus dem Antwort-Cache beantwortet, nicht vom Anbieter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Input tokens / output tokens</source>
        <translation>Eingabe-Tokens / Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rollout</name>
    <message>
        <source>the route of %1 has no rollout plan</source>
        <translation>die Route von %1 hat keinen Rollout-Plan</translation>
    </message>
    <message>
        <source>a rollout needs at least one stage</source>
        <translation>ein Rollout braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>stage %1% is not a share of traffic from 1 to 100%</source>
        <translation>Stufe %1% ist kein Traffic-Anteil von 1 bis 100 %</translation>
    </message>
    <message>
        <source>stages must grow: %1% follows %2%</source>
        <translation>Stufen müssen wachsen: %1% folgt auf %2%</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole percentage; expected stages such as 5,25,50,100</source>
        <translation>&apos;%1&apos; ist kein ganzzahliger Prozentsatz; erwartet werden Stufen wie 5,25,50,100</translation>
    </message>
    <message>
        <source>the route of %1 has no primary model to roll out from</source>
        <translation>die Route von %1 hat kein primäres Modell, von dem aus ausgerollt werden kann</translation>
    </message>
    <message>
        <source>the route of %1 is a cascade; change its chain instead</source>
        <translation>die Route von %1 ist eine Kaskade; ändern Sie stattdessen ihre Kette</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; is not defined in this workspace</source>
        <translation>Modell &apos;%1&apos; ist in diesem Arbeitsbereich nicht definiert</translation>
    </message>
    <message>
        <source>%1 is already the primary of %2</source>
        <translation>%1 ist bereits das primäre Modell von %2</translation>
    </message>
    <message>
        <source>%1% is not one of the stages %2</source>
        <translation>%1% ist keine der Stufen %2</translation>
    </message>
    <message>
        <source>the rollout of %1 is at its last stage (%2%); finish it to make %3 the primary</source>
        <translation>der Rollout von %1 ist auf seiner letzten Stufe (%2%); schließen Sie ihn ab, um %3 zum primären Modell zu machen</translation>
    </message>
</context>
<context>
    <name>RolloutPanel</name>
    <message>
        <source>Gradual rollout</source>
        <translation>Schrittweiser Rollout</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>To the current one</source>
        <translation>An das aktuelle</translation>
    </message>
    <message>
        <source>Rollout stages</source>
        <translation>Rollout-Stufen</translation>
    </message>
    <message>
        <source>Model to roll out</source>
        <translation>Auszurollendes Modell</translation>
    </message>
    <message>
        <source>Rollout stages in percent</source>
        <translation>Rollout-Stufen in Prozent</translation>
    </message>
    <message>
        <source>The new model&apos;s share of this category&apos;s requests at each stage, in percent</source>
        <translation>Der Anteil des neuen Modells an den Anfragen dieser Kategorie auf jeder Stufe, in Prozent</translation>
    </message>
    <message>
        <source>Start rollout</source>
        <translation>Rollout starten</translation>
    </message>
    <message>
        <source>Send a growing share of this category&apos;s traffic to the chosen model, stage by stage, instead of switching at once</source>
        <translation>Einen wachsenden Anteil des Traffics dieser Kategorie Stufe für Stufe an das gewählte Modell senden, statt auf einmal umzustellen</translation>
    </message>
    <message>
        <source>Roll out to</source>
        <translation>Ausrollen auf</translation>
    </message>
    <message>
        <source>stages %</source>
        <translation>Stufen %</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Make the new model the primary; the route&apos;s fallbacks stay behind it</source>
        <translation>Das neue Modell zum primären machen; die Fallbacks der Route bleiben dahinter</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>End the rollout: the current primary takes all the traffic again</source>
        <translation>Den Rollout beenden: Das aktuelle primäre Modell übernimmt wieder den gesamten Traffic</translation>
    </message>
    <message>
        <source>Stages: %1.</source>
        <translation>Stufen: %1.</translation>
    </message>
    <message>
        <source>Start rolling out %1 for %2</source>
        <translation>Rollout von %1 für %2 starten</translation>
    </message>
    <message>
        <source>Advance the rollout of %1</source>
        <translation>Rollout von %1 weiterschalten</translation>
    </message>
    <message>
        <source>Finish the rollout of %1</source>
        <translation>Rollout von %1 abschließen</translation>
    </message>
    <message>
        <source>Abandon the rollout of %1</source>
        <translation>Rollout von %1 aufgeben</translation>
    </message>
    <message>
        <source>%1 is a cascade: %2 answer in turn, the next one when an answer fails %3. Change its chain to try other models.</source>
        <translation>%1 ist eine Kaskade: %2 antworten nacheinander, das nächste, wenn eine Antwort %3 nicht besteht. Ändern Sie ihre Kette, um andere Modelle zu versuchen.</translation>
    </message>
    <message>
        <source>Give %1 a route of its own to roll a new model out gradually.</source>
        <translation>Geben Sie %1 eine eigene Route, um ein neues Modell schrittweise auszurollen.</translation>
    </message>
    <message>
        <source>%1 serves all of %2&apos;s traffic. Roll a new model out in stages instead of switching at once.</source>
        <translation>%1 bedient den gesamten Traffic von %2. Rollen Sie ein neues Modell stufenweise aus, statt auf einmal umzustellen.</translation>
    </message>
    <message>
        <source>Rolling out from %1 to %2: %3% of the requests go to %2 now (stage %4 of %5), %6% stay on %1. Each keeps the route&apos;s fallbacks.</source>
        <translation>Rollout von %1 auf %2: %3 % der Anfragen gehen jetzt an %2 (Stufe %4 von %5), %6 % bleiben bei %1. Jedes behält die Fallbacks der Route.</translation>
    </message>
    <message>
        <source>%1% (now)</source>
        <translation>%1% (jetzt)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>To the new model</source>
        <translation>An das neue Modell</translation>
    </message>
    <message>
        <source>Cost a month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation>Ersparnis pro Monat</translation>
    </message>
    <message>
        <source>Requests a month to the new model</source>
        <translation>Anfragen pro Monat an das neue Modell</translation>
    </message>
    <message>
        <source>Requests a month to the current model</source>
        <translation>Anfragen pro Monat an das aktuelle Modell</translation>
    </message>
    <message>
        <source>What the stage saves against the current model serving all of the category&apos;s requests; negative when the new model costs more</source>
        <translation>Was die Stufe gegenüber dem aktuellen Modell spart, wenn dieses alle Anfragen der Kategorie bedient; negativ, wenn das neue Modell mehr kostet</translation>
    </message>
</context>
<context>
    <name>RouteConfirmation</name>
    <message>
        <source>The evidence for %1 misses the bar of %2.</source>
        <translation>Der Nachweis für %1 verfehlt die Schwelle von %2.</translation>
    </message>
    <message>
        <source>The evidence for %1 does not decide the bar of %2 yet.</source>
        <translation>Der Nachweis für %1 entscheidet die Schwelle von %2 noch nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The evidence for %n of these routes misses or does not decide its bar.</source>
        <translation>
            <numerusform>Bei %n dieser Routen verfehlt der Nachweis die Schwelle oder entscheidet sie nicht.</numerusform>
            <numerusform>Bei %n dieser Routen verfehlt der Nachweis die Schwelle oder entscheidet sie nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Route Anyway</source>
        <translation>Trotzdem routen</translation>
    </message>
</context>
<context>
    <name>RouteEditor</name>
    <message>
        <source>Apply suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove from the chain</source>
        <translation>Aus der Kette entfernen</translation>
    </message>
    <message>
        <source>Use the default route</source>
        <translation>Standardroute verwenden</translation>
    </message>
    <message>
        <source>Primary first, then the fallbacks in the order they are tried. Drag to reorder.</source>
        <translation>Zuerst das primäre Modell, dann die Fallbacks in der Reihenfolge, in der sie versucht werden. Zum Umordnen ziehen.</translation>
    </message>
    <message>
        <source>Model chain</source>
        <translation>Modellkette</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Model to add</source>
        <translation>Hinzuzufügendes Modell</translation>
    </message>
    <message>
        <source>Remove this category&apos;s route: the default route serves it</source>
        <translation>Die Route dieser Kategorie entfernen: die Standardroute bedient sie</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>Route of %1</source>
        <translation>Route von %1</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>Fallback %1</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Add the model at the end of the chain</source>
        <translation>Das Modell am Ende der Kette hinzufügen</translation>
    </message>
    <message>
        <source>A chain holds a primary and up to three fallbacks</source>
        <translation>Eine Kette enthält ein primäres Modell und bis zu drei Fallbacks</translation>
    </message>
    <message>
        <source>No route yet: add a model below, or apply the suggestion.</source>
        <translation>Noch keine Route: Fügen Sie unten ein Modell hinzu oder übernehmen Sie den Vorschlag.</translation>
    </message>
    <message>
        <source>No route of its own: the default route (%1) serves it. Add a model below, or apply the suggestion.</source>
        <translation>Keine eigene Route: Die Standardroute (%1) bedient sie. Fügen Sie unten ein Modell hinzu oder übernehmen Sie den Vorschlag.</translation>
    </message>
</context>
<context>
    <name>RouteGuard</name>
    <message>
        <source>%1: %2 of %3 (%4) on a %5 bar, %6</source>
        <translation>%1: %2 von %3 (%4) bei einer Schwelle von %5, %6</translation>
    </message>
</context>
<context>
    <name>RouteSuggestion</name>
    <message>
        <source>%1 is the cheapest model that meets the %2 bar (%3).</source>
        <translation>%1 ist das günstigste Modell, das die Schwelle %2 erreicht (%3).</translation>
    </message>
    <message>
        <source>%1 is the most accurate model (%2) and meets the %3 bar.</source>
        <translation>%1 ist das genaueste Modell (%2) und erreicht die Schwelle %3.</translation>
    </message>
    <message>
        <source>%1 is the fastest model that meets the %2 bar (p95 %3 ms; %4).</source>
        <translation>%1 ist das schnellste Modell, das die Schwelle %2 erreicht (p95 %3 ms; %4).</translation>
    </message>
    <message>
        <source>%1 is the most stable model that meets the %2 bar (%3 of cases stable; %4).</source>
        <translation>%1 ist das stabilste Modell, das die Schwelle %2 erreicht (%3 der Testfälle stabil; %4).</translation>
    </message>
    <message numerus="yes">
        <source>Its interval still reaches below the bar, and more than %n more cases would be needed to decide it.</source>
        <translation>
            <numerusform>Sein Intervall reicht noch unter die Schwelle, und mehr als %n weiterer Testfall wäre für eine Entscheidung nötig.</numerusform>
            <numerusform>Sein Intervall reicht noch unter die Schwelle, und mehr als %n weitere Testfälle wären für eine Entscheidung nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its interval still reaches below the bar: about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>Sein Intervall reicht noch unter die Schwelle: etwa %n weiterer Testfall würde wahrscheinlich entscheiden.</numerusform>
            <numerusform>Sein Intervall reicht noch unter die Schwelle: etwa %n weitere Testfälle würden wahrscheinlich entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is faster and undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 ist schneller und gegenüber der Schwelle unentschieden (%2): etwa %n weiterer Testfall würde wahrscheinlich entscheiden.</numerusform>
            <numerusform>%1 ist schneller und gegenüber der Schwelle unentschieden (%2): etwa %n weitere Testfälle würden wahrscheinlich entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is cheaper and undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 ist günstiger und gegenüber der Schwelle unentschieden (%2): etwa %n weiterer Testfall würde wahrscheinlich entscheiden.</numerusform>
            <numerusform>%1 ist günstiger und gegenüber der Schwelle unentschieden (%2): etwa %n weitere Testfälle würden wahrscheinlich entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It beats %1 (%2) beyond chance (McNemar p = %3).</source>
        <translation>Es schlägt %1 (%2) über den Zufall hinaus (McNemar p = %3).</translation>
    </message>
    <message>
        <source>Its interval lies above that of %1 (%2).</source>
        <translation>Sein Intervall liegt über dem von %1 (%2).</translation>
    </message>
    <message>
        <source>%1 does as well (%2); no number of cases would separate them.</source>
        <translation>%1 schneidet ebenso gut ab (%2); keine Zahl von Testfällen würde sie trennen.</translation>
    </message>
    <message>
        <source>its lead over %1 (%2) is within chance (McNemar p = %3)</source>
        <translation>sein Vorsprung vor %1 (%2) liegt im Rahmen des Zufalls (McNemar p = %3)</translation>
    </message>
    <message>
        <source>its interval overlaps that of %1 (%2)</source>
        <translation>sein Intervall überlappt das von %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Close: %1; more than %n more cases would be needed to separate them.</source>
        <translation>
            <numerusform>Knapp: %1; mehr als %n weiterer Testfall wäre nötig, um sie zu trennen.</numerusform>
            <numerusform>Knapp: %1; mehr als %n weitere Testfälle wären nötig, um sie zu trennen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close: %1; about %n more cases would likely separate them.</source>
        <translation>
            <numerusform>Knapp: %1; etwa %n weiterer Testfall würde sie wahrscheinlich trennen.</numerusform>
            <numerusform>Knapp: %1; etwa %n weitere Testfälle würden sie wahrscheinlich trennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run has no results for %1: nothing to suggest.</source>
        <translation>Der Lauf hat keine Ergebnisse für %1: nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>None meets the bar</source>
        <translation>Keines erreicht die Schwelle</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 of %2 cases passed, %3; %4</source>
        <translation>%1 von %2 Testfällen bestanden, %3; %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <translation>%1: %2 von %3, %4</translation>
    </message>
    <message>
        <source>%1, costs %2x as much</source>
        <translation>%1, kostet das %2-Fache</translation>
    </message>
    <message>
        <source>%1, costs %2% as much</source>
        <translation>%1, kostet %2 % so viel</translation>
    </message>
    <message>
        <source>%1 has the lowest cost that meets the %2 bar, $%3 per 1,000 requests; the category sets no price of an error (%4).</source>
        <translation>%1 hat die niedrigsten Kosten, die die Schwelle von %2 erreichen, $%3 pro 1.000 Anfragen; die Kategorie legt keinen Preis eines Fehlers fest (%4).</translation>
    </message>
    <message>
        <source>%1 has the lowest expected total cost that meets the %2 bar: $%3 per 1,000 requests, $%4 API and $%5 expected errors (%6).</source>
        <translation>%1 hat die niedrigsten erwarteten Gesamtkosten, die die Schwelle von %2 erreichen: $%3 pro 1.000 Anfragen, $%4 API und $%5 erwartete Fehler (%6).</translation>
    </message>
    <message>
        <source>Its pass rate is exactly the bar: more cases would not decide it, the probability says how likely it meets it.</source>
        <translation>Seine Bestehensquote liegt genau auf der Schwelle: Mehr Testfälle würden das nicht entscheiden; die Wahrscheinlichkeit gibt an, wie wahrscheinlich es sie erreicht.</translation>
    </message>
    <message>
        <source>%1 of %2, %3; %4</source>
        <translation>%1 von %2, %3; %4</translation>
    </message>
    <message>
        <source>%1 likely to meet it</source>
        <translation>%1 Wahrscheinlichkeit, sie zu erreichen</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Nächster Schritt: %1.</translation>
    </message>
    <message>
        <source>No model meets the %1 bar; the most accurate, %2, reached %3 of %4 cases, %5; %6. Nothing is suggested.</source>
        <translation>Kein Modell erreicht die Schwelle von %1; das genaueste, %2, erreichte %3 von %4 Testfällen, %5; %6. Es wird nichts vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 escalating when an answer fails %2 passes %3 of %4 requests at $%5 per 1,000 (%6% escalate)</source>
        <translation>%1 (eskaliert, wenn eine Antwort %2 nicht besteht) besteht %3 von %4 Anfragen zu $%5 pro 1.000 (%6 % eskalieren)</translation>
    </message>
    <message>
        <source>%1, which meets the bar for less than the cheapest single model that does, %2 at $%3 per 1,000.</source>
        <translation>%1; damit wird die Schwelle günstiger erreicht als mit dem günstigsten einzelnen Modell, das sie erreicht: %2 zu $%3 pro 1.000.</translation>
    </message>
    <message>
        <source>%1: it meets the bar, which no single model does.</source>
        <translation>%1: erreicht die Schwelle, was kein einzelnes Modell schafft.</translation>
    </message>
    <message>
        <source>%1 meets the %2 bar (%3), but its latency was not measured (answered through a provider&apos;s batch API), and neither was any other passing model&apos;s, so none can be called the fastest.</source>
        <translation>%1 erreicht die Schwelle von %2 (%3), aber seine Latenz wurde nicht gemessen (über die Batch-API eines Anbieters beantwortet), die keines anderen bestehenden Modells auch nicht; keines kann daher das schnellste heißen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ranks ahead on cost or accuracy (its latency was not measured either) and is undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 liegt bei Kosten oder Genauigkeit vorn (seine Latenz wurde auch nicht gemessen) und ist gegenüber der Schwelle unentschieden (%2): etwa %n weiterer Testfall würde es wahrscheinlich entscheiden.</numerusform>
            <numerusform>%1 liegt bei Kosten oder Genauigkeit vorn (seine Latenz wurde auch nicht gemessen) und ist gegenüber der Schwelle unentschieden (%2): etwa %n weitere Testfälle würden es wahrscheinlich entscheiden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingArea</name>
    <message>
        <source>Apply all suggestions</source>
        <translation>Alle Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Evidence from:</source>
        <translation>Nachweis aus:</translation>
    </message>
    <message>
        <source>Route every category as its suggestion says; routes chosen by hand are kept</source>
        <translation>Jede Kategorie wie vorgeschlagen routen; von Hand gewählte Routen bleiben erhalten</translation>
    </message>
    <message>
        <source>Routing map</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <source>Apply the suggested default route</source>
        <translation>Die vorgeschlagene Standardroute übernehmen</translation>
    </message>
    <message>
        <source>Apply the suggestion for %1</source>
        <translation>Den Vorschlag für %1 übernehmen</translation>
    </message>
    <message>
        <source>No suggestion for the default route</source>
        <translation>Kein Vorschlag für die Standardroute</translation>
    </message>
    <message>
        <source>Suggested: %1%2</source>
        <translation>Vorgeschlagen: %1%2</translation>
    </message>
    <message>
        <source> (applied)</source>
        <translation> (übernommen)</translation>
    </message>
    <message>
        <source>The model that does best across all categories, weighted by their traffic, then its fallbacks.</source>
        <translation>Das Modell, das über alle Kategorien, gewichtet nach ihrem Traffic, am besten abschneidet, dann seine Fallbacks.</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Kein Vorschlag</translation>
    </message>
    <message>
        <source>Run %1 has no results for %2.</source>
        <translation>Lauf %1 hat keine Ergebnisse für %2.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Close call: %1</source>
        <translation>Knappe Entscheidung: %1</translation>
    </message>
    <message>
        <source>No model meets the bar</source>
        <translation>Kein Modell erreicht die Schwelle</translation>
    </message>
    <message>
        <source>None meets the bar; nearest: %1</source>
        <translation>Keines erreicht die Schwelle; am nächsten: %1</translation>
    </message>
    <message>
        <source>No evidence for %1 in this run</source>
        <translation>Kein Nachweis für %1 in diesem Lauf</translation>
    </message>
    <message>
        <source>No categories yet: add categories and their test cases in Workspace, then run them in Runs. Until then only the default route can be set.</source>
        <translation>Noch keine Kategorien: Legen Sie Kategorien und ihre Testfälle im Arbeitsbereich an und führen Sie sie dann unter Läufe aus. Bis dahin lässt sich nur die Standardroute festlegen.</translation>
    </message>
    <message>
        <source>No runs yet: open Runs and press Run to benchmark the models on the categories; suggestions and evidence then appear here. You can already choose models by hand.</source>
        <translation>Noch keine Läufe: Öffnen Sie Läufe und klicken Sie auf Starten, um die Modelle mit den Kategorien zu benchmarken; Vorschläge und Nachweise erscheinen dann hier. Modelle können Sie schon jetzt von Hand wählen.</translation>
    </message>
    <message>
        <source>No routes yet: press Apply all suggestions, or double-click a category&apos;s routed model to choose one.</source>
        <translation>Noch keine Routen: Klicken Sie auf Alle Vorschläge übernehmen, oder doppelklicken Sie auf das geroutete Modell einer Kategorie, um eines zu wählen.</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (neuester)</translation>
    </message>
    <message>
        <source>%1 · simulated</source>
        <translation>%1 · simuliert</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Change the routed model</source>
        <translation>Geroutetes Modell ändern</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag übernommen</numerusform>
            <numerusform>%n Vorschläge übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and set the default route</source>
        <translation>%1, und die Standardroute festgelegt</translation>
    </message>
    <message>
        <source>Pricing changed the winner of %1: %2.</source>
        <translation>Die Preisgestaltung hat den Gewinner von %1 geändert: %2.</translation>
    </message>
    <message>
        <source>%1: a model that changed since would not show; run with the cache off to check.</source>
        <translation>%1: Ein Modell, das sich seitdem geändert hat, würde nicht auffallen; führen Sie den Lauf ohne Cache aus, um es zu prüfen.</translation>
    </message>
    <message>
        <source>The evidence that suggests the routes: the latest per category and model across runs, or one run alone</source>
        <translation>Der Nachweis, aus dem sich die Routen ergeben: der neueste pro Kategorie und Modell über alle Läufe oder ein einzelner Lauf</translation>
    </message>
    <message>
        <source>No run has current results for %1.</source>
        <translation>Kein Lauf hat aktuelle Ergebnisse für %1.</translation>
    </message>
    <message>
        <source>No current evidence for %1</source>
        <translation>Kein aktueller Nachweis für %1</translation>
    </message>
</context>
<context>
    <name>RoutingEdits</name>
    <message>
        <source>Remove the route of %1</source>
        <translation>Die Route von %1 entfernen</translation>
    </message>
    <message>
        <source>Route %1 to %2</source>
        <translation>%1 nach %2 routen</translation>
    </message>
    <message>
        <source>Change the monthly requests</source>
        <translation>Die monatlichen Anfragen ändern</translation>
    </message>
    <message>
        <source>Change the traffic share of %1</source>
        <translation>Den Traffic-Anteil von %1 ändern</translation>
    </message>
    <message>
        <source>Clear the default route</source>
        <translation>Die Standardroute entfernen</translation>
    </message>
    <message>
        <source>Set the default route to %1</source>
        <translation>Die Standardroute auf %1 setzen</translation>
    </message>
    <message>
        <source>Change the default route to %1 instead of %2</source>
        <translation>Die Standardroute auf %1 statt %2 ändern</translation>
    </message>
    <message>
        <source>Remove fallback %1 from the default route</source>
        <translation>Fallback %1 aus der Standardroute entfernen</translation>
    </message>
    <message>
        <source>Add fallback %1 to the default route</source>
        <translation>Fallback %1 zur Standardroute hinzufügen</translation>
    </message>
    <message>
        <source>Reorder fallbacks of the default route</source>
        <translation>Die Fallbacks der Standardroute umordnen</translation>
    </message>
    <message>
        <source>Change the fallbacks of the default route</source>
        <translation>Die Fallbacks der Standardroute ändern</translation>
    </message>
    <message>
        <source>Route %1 to %2 instead of %3</source>
        <translation>%1 an %2 statt an %3 routen</translation>
    </message>
    <message>
        <source>Remove fallback %1 from %2</source>
        <translation>Fallback %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Add fallback %1 to %2</source>
        <translation>Fallback %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Reorder fallbacks of %1</source>
        <translation>Die Fallbacks von %1 umordnen</translation>
    </message>
    <message>
        <source>Change the fallbacks of %1</source>
        <translation>Die Fallbacks von %1 ändern</translation>
    </message>
    <message>
        <source>Apply all suggestions</source>
        <translation>Alle Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Apply the suggestion for %1 and the default route</source>
        <translation>Den Vorschlag für %1 und die Standardroute übernehmen</translation>
    </message>
    <message>
        <source>Apply the suggestion for %1</source>
        <translation>Den Vorschlag für %1 übernehmen</translation>
    </message>
    <message>
        <source>Apply the suggested default route</source>
        <translation>Die vorgeschlagene Standardroute übernehmen</translation>
    </message>
    <message>
        <source>%1, keep manual %2</source>
        <translation>%1, manuelle Routen behalten: %2</translation>
    </message>
    <message>
        <source>Left as chosen by hand: %1. Apply a suggestion on its own to replace a manual route.</source>
        <translation>Wie von Hand gewählt belassen: %1. Übernehmen Sie einen Vorschlag einzeln, um eine manuelle Route zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>RoutingExport</name>
    <message>
        <source>Signalbox routing YAML</source>
        <translation>Signalbox-Routing-YAML</translation>
    </message>
    <message>
        <source>LiteLLM proxy config</source>
        <translation>LiteLLM-Proxy-Konfiguration</translation>
    </message>
    <message>
        <source>Portkey gateway config</source>
        <translation>Portkey-Gateway-Konfiguration</translation>
    </message>
</context>
<context>
    <name>RoutingImport</name>
    <message>
        <source>the routing map</source>
        <translation>die Routing-Tabelle</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>the file holds no routing map; expected one starting with &apos;version: %1&apos;</source>
        <translation>die Datei enthält keine Routing-Tabelle; erwartet wird eine, die mit &apos;version: %1&apos; beginnt</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>version %1 is not one this Signalbox reads; expected &apos;version: %2&apos;</source>
        <translation>Version %1 kann diese Signalbox nicht lesen; erwartet wird &apos;version: %2&apos;</translation>
    </message>
    <message>
        <source>categories: expected a mapping of category names to routes, found %1</source>
        <translation>categories: erwartet wird eine Zuordnung von Kategorienamen zu Routen, gefunden: %1</translation>
    </message>
    <message>
        <source>category &apos;%1&apos; is routed twice</source>
        <translation>Kategorie &apos;%1&apos; wird zweimal geroutet</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>the route of &apos;%1&apos;</source>
        <translation>die Route von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>target: unknown rule %1%2; expected one of %3</source>
        <translation>target: unbekannte Regel %1%2; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>fallbacks: expected a list of model ids such as [gpt-4.1-mini], found %1</source>
        <translation>fallbacks: erwartet wird eine Liste von Modell-IDs wie [gpt-4.1-mini], gefunden: %1</translation>
    </message>
    <message>
        <source>fallbacks: a route without a &apos;model&apos; has no fallbacks</source>
        <translation>fallbacks: eine Route ohne &apos;model&apos; hat keine Fallbacks</translation>
    </message>
    <message>
        <source>fallbacks: a route has up to %1 fallbacks; found %2</source>
        <translation>fallbacks: eine Route hat bis zu %1 Fallbacks; gefunden: %2</translation>
    </message>
    <message>
        <source>fallbacks: model &apos;%1&apos; is already in this chain</source>
        <translation>fallbacks: Modell &apos;%1&apos; ist bereits in dieser Kette</translation>
    </message>
    <message>
        <source>%1: expected a model id, found %2</source>
        <translation>%1: erwartet wird eine Modell-ID, gefunden: %2</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>provider: model &apos;%1&apos; is served by &apos;%2&apos; in this workspace, not %3</source>
        <translation>provider: Modell &apos;%1&apos; wird in diesem Arbeitsbereich von &apos;%2&apos; bedient, nicht von %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace%3</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert%3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace; expected one of %3</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert; erwartet wird eines von %3</translation>
    </message>
    <message>
        <source>(none defined)</source>
        <translation>(keine definiert)</translation>
    </message>
    <message>
        <source>cannot read this file: %1</source>
        <translation>diese Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RoutingTableModel</name>
    <message>
        <source>No route of its own: the default route serves this category</source>
        <translation>Keine eigene Route: die Standardroute bedient diese Kategorie</translation>
    </message>
    <message>
        <source>not routed</source>
        <translation>nicht geroutet</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>Figures of run %1; the route records no evidence</source>
        <translation>Werte aus Lauf %1; die Route verzeichnet keinen Nachweis</translation>
    </message>
    <message>
        <source>The route records no evidence</source>
        <translation>Die Route verzeichnet keinen Nachweis</translation>
    </message>
    <message numerus="yes">
        <source>Run %1, %2: %3 of %n case(s), 95% interval %4 to %5</source>
        <translation>
            <numerusform>Lauf %1, %2: %3 von %n Testfall, 95-%-Intervall %4 bis %5</numerusform>
            <numerusform>Lauf %1, %2: %3 von %n Testfällen, 95-%-Intervall %4 bis %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Serves categories the map does not name, and the traffic no category claims</source>
        <translation>Bedient Kategorien, die die Tabelle nicht nennt, und den Traffic, den keine Kategorie beansprucht</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Routed model</source>
        <translation>Geroutetes Modell</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>The category&apos;s share of the application&apos;s requests</source>
        <translation>Der Anteil der Kategorie an den Anfragen der Anwendung</translation>
    </message>
    <message>
        <source>Tried in order when the routed model fails; reorder them in the route editor</source>
        <translation>Werden der Reihe nach versucht, wenn das geroutete Modell ausfällt; im Routen-Editor umordnen</translation>
    </message>
    <message>
        <source>What the suggested route optimises for</source>
        <translation>Worauf die vorgeschlagene Route optimiert</translation>
    </message>
    <message>
        <source>The pass rate the routed model must reach</source>
        <translation>Die Bestehensquote, die das geroutete Modell erreichen muss</translation>
    </message>
    <message>
        <source>The routed model&apos;s cost of 1,000 requests, in US dollars</source>
        <translation>Die Kosten des gerouteten Modells für 1.000 Anfragen, in US-Dollar</translation>
    </message>
    <message>
        <source>Change the target of %1</source>
        <translation>Das Ziel von %1 ändern</translation>
    </message>
    <message>
        <source>Change the threshold of %1</source>
        <translation>Die Schwelle von %1 ändern</translation>
    </message>
    <message>
        <source>Cost/1k</source>
        <translation>Kosten/1k</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>The routed model&apos;s 95th percentile latency</source>
        <translation>Das 95. Perzentil der Latenz des gerouteten Modells</translation>
    </message>
    <message>
        <source>%1 · below bar</source>
        <translation>%1 · unter der Schwelle</translation>
    </message>
    <message>
        <source>%1 · undecided</source>
        <translation>%1 · unentschieden</translation>
    </message>
    <message>
        <source>%1 likely that the routed model&apos;s true pass rate meets the %2 bar</source>
        <translation>%1 Wahrscheinlichkeit, dass die wahre Bestehensquote des gerouteten Modells die Schwelle von %2 erreicht</translation>
    </message>
    <message>
        <source>cascade: escalates to %1 when %2 fails</source>
        <translation>Kaskade: eskaliert an %1, wenn %2 nicht besteht</translation>
    </message>
    <message>
        <source>%1 · rolling out %2 (%3%)</source>
        <translation>%1 · Rollout von %2 (%3%)</translation>
    </message>
    <message>
        <source>Pricing changed the winner: %1</source>
        <translation>Die Preisgestaltung hat den Gewinner geändert: %1</translation>
    </message>
    <message>
        <source>Meets bar</source>
        <translation>Erreicht Schwelle</translation>
    </message>
    <message>
        <source>How likely the routed model&apos;s true pass rate meets the bar (Jeffreys posterior on the cases); marked when its evidence misses the bar or does not decide it yet</source>
        <translation>Wie wahrscheinlich die wahre Bestehensquote des gerouteten Modells die Schwelle erreicht (Jeffreys-Posterior über die Testfälle); markiert, wenn sein Nachweis die Schwelle verfehlt oder sie noch nicht entscheidet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 simulated on run %2: %3 of %4 requests pass (%5), %6 per 1,000 requests, latency p50 %7 · p95 %8; %9 of the requests escalate (reached: %10)</source>
        <translation>%1 simuliert auf Lauf %2: %3 von %4 Anfragen bestehen (%5), %6 pro 1.000 Anfragen, Latenz p50 %7 · p95 %8; %9 der Anfragen eskalieren (erreicht: %10)</translation>
    </message>
    <message>
        <source>%1 · %2 escalate</source>
        <translation>%1 · %2 eskalieren</translation>
    </message>
    <message>
        <source>stale: category changed</source>
        <translation>veraltet: Kategorie geändert</translation>
    </message>
    <message>
        <source>Latest evidence: %1</source>
        <translation>Neuester Nachweis: %1</translation>
    </message>
    <message>
        <source>The route records no evidence; the figures are the latest: %1</source>
        <translation>Die Route vermerkt keinen Nachweis; die Zahlen sind die neuesten: %1</translation>
    </message>
    <message>
        <source>Fresh: from the newest run that answered the routed model on the category. Stale: from an older run, or the category changed since. Manual: chosen by hand</source>
        <translation>Aktuell: aus dem neuesten Lauf, der das geroutete Modell für die Kategorie beantwortet hat. Veraltet: aus einem älteren Lauf, oder die Kategorie hat sich seitdem geändert. Manuell: von Hand gewählt</translation>
    </message>
</context>
<context>
    <name>RunComparisonModel</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>%1 of %2 trials passed; 95% interval %3 to %4</source>
        <translation>%1 von %2 Durchgängen bestanden; 95-%-Intervall %3 bis %4</translation>
    </message>
    <message>
        <source>The runs share no trials of this cell: no paired test</source>
        <translation>Die Läufe haben in dieser Zelle keine gemeinsamen Durchgänge: kein gepaarter Test</translation>
    </message>
    <message>
        <source>Exact McNemar test on the %1 trials both runs answered: %2 passed before and fail now, %3 failed before and pass now</source>
        <translation>Exakter McNemar-Test über die %1 Durchgänge, die beide Läufe beantwortet haben: %2 vorher bestanden und jetzt nicht, %3 vorher nicht bestanden und jetzt schon</translation>
    </message>
    <message>
        <source>Model cost of 1,000 requests: %1 before, %2 now</source>
        <translation>Modellkosten für 1.000 Anfragen: %1 vorher, %2 jetzt</translation>
    </message>
    <message>
        <source>Beyond chance: the 95% intervals part, or the paired test gives p &lt; 0.05</source>
        <translation>Jenseits des Zufalls: Die 95-%-Intervalle überschneiden sich nicht oder der gepaarte Test ergibt p &lt; 0,05</translation>
    </message>
    <message>
        <source>Within chance: the intervals overlap and the paired test gives p of 0.05 or more</source>
        <translation>Im Rahmen des Zufalls: Die Intervalle überschneiden sich und der gepaarte Test ergibt p von 0,05 oder mehr</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Baseline accuracy</source>
        <translation>Basisgenauigkeit</translation>
    </message>
    <message>
        <source>Current accuracy</source>
        <translation>Aktuelle Genauigkeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cost change / 1k req.</source>
        <translation>Kostenänderung / 1k Anfr.</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>RunComparisonView</name>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n result(s)
Categories: %2
Models: %3</source>
        <translation>
            <numerusform>Lauf %1: %n Ergebnis
Kategorien: %2
Modelle: %3</numerusform>
            <numerusform>Lauf %1: %n Ergebnisse
Kategorien: %2
Modelle: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only regressions and improvements</source>
        <translation>Nur Regressionen und Verbesserungen</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Ba&amp;sislauf:</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>Ak&amp;tuell:</translation>
    </message>
    <message>
        <source>Comparing the runs…</source>
        <translation>Die Läufe werden verglichen …</translation>
    </message>
    <message>
        <source>Comparing needs two runs: run the benchmark again (after changing a prompt, a model or its price), then choose a baseline and a current run here.</source>
        <translation>Ein Vergleich braucht zwei Läufe: Führen Sie den Benchmark erneut aus (nachdem Sie einen Prompt, ein Modell oder seinen Preis geändert haben) und wählen Sie dann hier einen Basislauf und einen aktuellen Lauf.</translation>
    </message>
    <message>
        <source>Choose a baseline run and a current run to compare.</source>
        <translation>Wählen Sie einen Basislauf und einen aktuellen Lauf zum Vergleichen.</translation>
    </message>
    <message>
        <source>The baseline and the current run are the same run: choose two different runs.</source>
        <translation>Basislauf und aktueller Lauf sind derselbe Lauf: Wählen Sie zwei verschiedene Läufe.</translation>
    </message>
    <message>
        <source>These runs share no categories (%1 against %2): choose two runs of the same categories.</source>
        <translation>Diese Läufe haben keine gemeinsamen Kategorien (%1 gegenüber %2): Wählen Sie zwei Läufe mit denselben Kategorien.</translation>
    </message>
    <message>
        <source>No results database: save the workspace and run its benchmark.</source>
        <translation>Keine Ergebnisdatenbank: Speichern Sie den Arbeitsbereich und führen Sie seinen Benchmark aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n Regression</numerusform>
            <numerusform>%n Regressionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n Verbesserung</numerusform>
            <numerusform>%n Verbesserungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) compared</source>
        <translation>
            <numerusform>%n Zelle verglichen</numerusform>
            <numerusform>%n Zellen verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in only one of the runs</source>
        <translation>
            <numerusform>%n Zelle nur in einem der Läufe</numerusform>
            <numerusform>%n Zellen nur in einem der Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs could not be compared: %1</source>
        <translation>Die Läufe konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>No regressions or improvements between these runs: untick “Only regressions and improvements” to see every cell.</source>
        <translation>Keine Regressionen oder Verbesserungen zwischen diesen Läufen: Deaktivieren Sie „Nur Regressionen und Verbesserungen“, um jede Zelle zu sehen.</translation>
    </message>
    <message>
        <source>The runs share no model on their common categories.</source>
        <translation>Die Läufe haben in ihren gemeinsamen Kategorien kein gemeinsames Modell.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: wait for it to finish or cancel it.</source>
        <translation>Es läuft bereits ein Lauf: Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
</context>
<context>
    <name>RunEngine</name>
    <message>
        <source>No API key for provider &apos;%1&apos;: %2. Set the key, or run in the sandbox.</source>
        <translation>Kein API-Schlüssel für Anbieter &apos;%1&apos;: %2. Setzen Sie den Schlüssel oder führen Sie den Lauf in der Sandbox aus.</translation>
    </message>
    <message>
        <source>Run %1 is not in %2.</source>
        <translation>Lauf %1 ist nicht in %2.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Budget of $%1 reached</source>
        <translation>Budget von $%1 erreicht</translation>
    </message>
    <message>
        <source>The judge gave no verdict: %1 (%2)</source>
        <translation>Das Bewertungsmodell hat kein Urteil abgegeben: %1 (%2)</translation>
    </message>
    <message>
        <source>Closed: the batches already sent go on at the provider; resume the run to collect them</source>
        <translation>Geschlossen: Die bereits gesendeten Batches laufen beim Anbieter weiter; setzen Sie den Lauf fort, um sie abzuholen</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>%1 calls · ~%2 · %3</source>
        <translation>%1 Aufrufe · ~%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>~%n s</source>
        <translation>
            <numerusform>~%n s</numerusform>
            <numerusform>~%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n min</source>
        <translation>
            <numerusform>~%n min</numerusform>
            <numerusform>~%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Simulated by the sandbox: nothing was paid</source>
        <translation>Von der Sandbox simuliert: Es wurde nichts bezahlt</translation>
    </message>
    <message>
        <source>Paid to the providers, judge calls included</source>
        <translation>An die Anbieter gezahlt, einschließlich Bewertungsaufrufe</translation>
    </message>
    <message>
        <source>Simulated by the sandbox: answers came from simulated models</source>
        <translation>Von der Sandbox simuliert: Die Antworten kamen von simulierten Modellen</translation>
    </message>
    <message>
        <source>Real provider calls</source>
        <translation>Echte Anbieteraufrufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Run %1, started %2</source>
        <translation>Lauf %1, gestartet %2</translation>
    </message>
    <message>
        <source>%1 results; stopped before its end: it can be resumed</source>
        <translation>%1 Ergebnisse; vor dem Ende angehalten: Er kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>simulated %1</source>
        <translation>simuliert %1</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>Repeats must be between 1 and 10, not %1.</source>
        <translation>Die Wiederholungen müssen zwischen 1 und 10 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>There is no category named &apos;%1&apos;.</source>
        <translation>Es gibt keine Kategorie namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no model with id &apos;%1&apos;.</source>
        <translation>Es gibt kein Modell mit der Id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; names provider &apos;%2&apos;, which is not defined.</source>
        <translation>Modell &apos;%1&apos; nennt den Anbieter &apos;%2&apos;, der nicht definiert ist.</translation>
    </message>
    <message>
        <source>Choose at least one category and one model.</source>
        <translation>Wählen Sie mindestens eine Kategorie und ein Modell.</translation>
    </message>
</context>
<context>
    <name>RunSetupPanel</name>
    <message>
        <source>%1 at %2: $%3 per million input tokens, $%4 per million output tokens</source>
        <translation>%1 bei %2: $%3 pro Million Eingabe-Tokens, $%4 pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>$/M in / out</source>
        <translation>$/Mio. ein / aus</translation>
    </message>
    <message>
        <source>Answers come from</source>
        <translation>Antworten kommen von</translation>
    </message>
    <message>
        <source>Sandbox (simulated models)</source>
        <translation>Sandbox (simulierte Modelle)</translation>
    </message>
    <message>
        <source>Real providers (calls cost money)</source>
        <translation>Echte Anbieter (Aufrufe kosten Geld)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>How often each case is asked of each model, to measure how stable its answers are</source>
        <translation>Wie oft jeder Testfall jedem Modell gestellt wird, um zu messen, wie stabil seine Antworten sind</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Max. Tokens:</translation>
    </message>
    <message>
        <source>Reuse answers already received</source>
        <translation>Bereits erhaltene Antworten wiederverwenden</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>&amp;Budget cap:</source>
        <translation>&amp;Kostendeckel:</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Kein Deckel</translation>
    </message>
    <message>
        <source>The run stops when what it spent reaches the cap</source>
        <translation>Der Lauf stoppt, wenn seine Ausgaben den Deckel erreichen</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>%1 ($%2/M out)</source>
        <translation>%1 ($%2/Mio. aus)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Choose models to see whether their providers&apos; keys are set.</source>
        <translation>Wählen Sie Modelle, um zu sehen, ob die Schlüssel ihrer Anbieter gesetzt sind.</translation>
    </message>
    <message>
        <source>The judge scores llm-rubric assertions; no chosen category has one.</source>
        <translation>Das Bewertungsmodell bewertet llm-rubric-Prüfungen; keine gewählte Kategorie hat eine.</translation>
    </message>
    <message>
        <source>The judge scores the llm-rubric assertions of %1.</source>
        <translation>Das Bewertungsmodell bewertet die llm-rubric-Prüfungen von %1.</translation>
    </message>
    <message>
        <source>Repeats with a temperature above 0 skip the cache, so that answers can vary.</source>
        <translation>Wiederholungen mit einer Temperatur über 0 umgehen den Cache, damit die Antworten variieren können.</translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation>Nichts auszuführen</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 Tokens ein, %2 aus</translation>
    </message>
    <message>
        <source>Simulated: the sandbox charges nothing; this is what real providers would charge.</source>
        <translation>Simuliert: Die Sandbox berechnet nichts; so viel würden echte Anbieter berechnen.</translation>
    </message>
    <message>
        <source>Above the budget cap of %1: the run will stop when it reaches the cap.</source>
        <translation>Über dem Kostendeckel von %1: Der Lauf stoppt, wenn er den Deckel erreicht.</translation>
    </message>
    <message>
        <source>Choose at least one category and one model.</source>
        <translation>Wählen Sie mindestens eine Kategorie und ein Modell.</translation>
    </message>
    <message>
        <source>Simulated on this computer: no API key needed, nothing is paid.</source>
        <translation>Auf diesem Rechner simuliert: kein API-Schlüssel nötig, nichts wird bezahlt.</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>The response cache: a job asked before with the same model, prompt and settings is answered from it</source>
        <translation>Der Antwort-Cache: Ein Auftrag, der schon einmal mit demselben Modell, Prompt und denselben Einstellungen gestellt wurde, wird daraus beantwortet</translation>
    </message>
    <message>
        <source>The model that scores llm-rubric assertions</source>
        <translation>Das Modell, das llm-rubric-Prüfungen bewertet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Requests in flight per provider; Default: each provider&apos;s own limit</source>
        <translation>Gleichzeitig laufende Anfragen je Anbieter; Standard: das eigene Limit jedes Anbieters</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>judge calls: %1 (~%2)</source>
        <translation>Bewertungsaufrufe: %1 (~%2)</translation>
    </message>
    <message>
        <source>Change how old a reused cached answer may be</source>
        <translation>Ändern, wie alt eine wiederverwendete gecachte Antwort sein darf</translation>
    </message>
    <message>
        <source>B&amp;atch:</source>
        <translation>B&amp;atch:</translation>
    </message>
    <message>
        <source>Batch: half price, results within 24 h</source>
        <translation>Batch: halber Preis, Ergebnisse innerhalb von 24 h</translation>
    </message>
    <message>
        <source>Send the jobs of OpenAI, Anthropic and Gemini through their batch APIs at half the price; answers come within 24 hours. Other providers and the judge run as usual. Closing Signalbox does not stop the batches: resume the run to collect them.</source>
        <translation>Die Aufträge von OpenAI, Anthropic und Gemini zum halben Preis über deren Batch-APIs senden; die Antworten kommen innerhalb von 24 Stunden. Andere Anbieter und das Bewertungsmodell laufen wie gewohnt. Das Schließen von Signalbox stoppt die Batches nicht: Setzen Sie den Lauf fort, um sie abzuholen.</translation>
    </message>
    <message>
        <source>&amp;up to</source>
        <translation>&amp;bis zu</translation>
    </message>
    <message>
        <source>never reuse</source>
        <translation>nie wiederverwenden</translation>
    </message>
    <message>
        <source>Oldest cached answer reused</source>
        <translation>Älteste wiederverwendete gecachte Antwort</translation>
    </message>
    <message>
        <source>Cached answers older than this are asked again, so that a model that changed since shows; 0 never reuses one. Saved in the workspace (run: cache_max_age_days).</source>
        <translation>Gecachte Antworten, die älter sind, werden erneut angefragt, damit ein Modell auffällt, das sich seitdem geändert hat; 0 verwendet nie eine wieder. Im Arbeitsbereich gespeichert (run: cache_max_age_days).</translation>
    </message>
    <message>
        <source>Batch answers have no latency of their own, so the latency scorers of %1 fail them.</source>
        <translation>Batch-Antworten haben keine eigene Latenz, daher lassen die Latenz-Prüfungen von %1 sie durchfallen.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <source>Sandbox: simulated models</source>
        <translation>Sandbox: simulierte Modelle</translation>
    </message>
    <message>
        <source>Open the run in the Runs area</source>
        <translation>Den Lauf im Bereich „Läufe“ öffnen</translation>
    </message>
    <message>
        <source>Show the results with an error</source>
        <translation>Die Ergebnisse mit Fehler zeigen</translation>
    </message>
    <message>
        <source>The sandbox answers with simulated models: no provider is called and nothing is paid</source>
        <translation>Die Sandbox antwortet mit simulierten Modellen: Kein Anbieter wird aufgerufen und nichts wird bezahlt</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>Lauf: %1 von %2</translation>
    </message>
    <message>
        <source>Run ended: %1</source>
        <translation>Lauf beendet: %1</translation>
    </message>
    <message>
        <source>%1 results · %2</source>
        <translation>%1 Ergebnisse · %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Restzeit: wird geschätzt …</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>ausgegeben %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>See results</source>
        <translation>Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>The run&apos;s accuracy, cost, latency and stability in the Results area</source>
        <translation>Genauigkeit, Kosten, Latenz und Stabilität des Laufs im Bereich Ergebnisse</translation>
    </message>
    <message>
        <source>Review routing</source>
        <translation>Routing prüfen</translation>
    </message>
    <message>
        <source>The routes the run&apos;s evidence suggests, and the projected savings</source>
        <translation>Die Routen, die der Nachweis des Laufs nahelegt, und die voraussichtlichen Einsparungen</translation>
    </message>
</context>
<context>
    <name>RunsArea</name>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Filter by category, case, model or error</source>
        <translation>Nach Kategorie, Testfall, Modell oder Fehler filtern</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur nicht bestandene</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Failures: answers that did not pass their scorers. Errors: calls that got no usable answer.</source>
        <translation>Nicht bestanden: Antworten, die ihre Bewerter nicht bestanden haben. Fehler: Aufrufe ohne brauchbare Antwort.</translation>
    </message>
    <message>
        <source>Simulated by the sandbox</source>
        <translation>Von der Sandbox simuliert</translation>
    </message>
    <message>
        <source>The answers of this run came from simulated models, not from the providers</source>
        <translation>Die Antworten dieses Laufs kamen von simulierten Modellen, nicht von den Anbietern</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Continue this run with only the jobs it has not done yet</source>
        <translation>Diesen Lauf nur mit den noch nicht erledigten Aufträgen fortsetzen</translation>
    </message>
    <message>
        <source>Save the workspace first: its runs are kept in a database beside the file.</source>
        <translation>Speichern Sie zuerst den Arbeitsbereich: Seine Läufe werden in einer Datenbank neben der Datei aufbewahrt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cannot Start the Run</source>
        <translation>Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The estimate, %1, is above the budget cap of %2. The run will stop when its spending reaches the cap, leaving some jobs undone (you can resume it later).</source>
        <translation>Die Schätzung, %1, liegt über dem Kostendeckel von %2. Der Lauf stoppt, wenn seine Ausgaben den Deckel erreichen, und lässt einige Aufträge unerledigt (Sie können ihn später fortsetzen).</translation>
    </message>
    <message>
        <source>Above the Budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <source>Start Anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>API Keys Missing</source>
        <translation>API-Schlüssel fehlen</translation>
    </message>
    <message>
        <source>These providers have no API key available:
%1
Set the keys, or run in the sandbox.</source>
        <translation>Für diese Anbieter ist kein API-Schlüssel verfügbar:
%1
Setzen Sie die Schlüssel oder führen Sie den Lauf in der Sandbox aus.</translation>
    </message>
    <message numerus="yes">
        <source>This run sends %n request(s) to real providers (%1) and is estimated to cost %2. The providers bill your accounts for it.</source>
        <translation>
            <numerusform>Dieser Lauf sendet %n Anfrage an echte Anbieter (%1) und kostet geschätzt %2. Die Anbieter stellen das Ihren Konten in Rechnung.</numerusform>
            <numerusform>Dieser Lauf sendet %n Anfragen an echte Anbieter (%1) und kostet geschätzt %2. Die Anbieter stellen das Ihren Konten in Rechnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run on Real Providers?</source>
        <translation>Mit echten Anbietern ausführen?</translation>
    </message>
    <message>
        <source>Start Run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot Resume the Run</source>
        <translation>Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>The workspace no longer has what this run covered: %1</source>
        <translation>Der Arbeitsbereich enthält nicht mehr, was dieser Lauf umfasste: %1</translation>
    </message>
    <message>
        <source>Workspace Changed</source>
        <translation>Arbeitsbereich geändert</translation>
    </message>
    <message>
        <source>The workspace changed since this run started. Its missing jobs will use today&apos;s cases, prompts and prices, so the run&apos;s results may not be comparable.</source>
        <translation>Der Arbeitsbereich hat sich seit dem Start dieses Laufs geändert. Seine fehlenden Aufträge verwenden die heutigen Testfälle, Prompts und Preise, daher sind die Ergebnisse des Laufs womöglich nicht vergleichbar.</translation>
    </message>
    <message>
        <source>Resume Anyway</source>
        <translation>Trotzdem fortsetzen</translation>
    </message>
    <message>
        <source>Resume on Real Providers?</source>
        <translation>Mit echten Anbietern fortsetzen?</translation>
    </message>
    <message>
        <source>This run used real providers: resuming it sends its missing jobs to them, which bill your accounts.</source>
        <translation>Dieser Lauf nutzte echte Anbieter: Beim Fortsetzen gehen seine fehlenden Aufträge an sie, und sie stellen sie Ihren Konten in Rechnung.</translation>
    </message>
    <message>
        <source>The run stopped early: %1. Resume it to run its missing jobs.</source>
        <translation>Der Lauf hat vorzeitig gestoppt: %1. Setzen Sie ihn fort, um seine fehlenden Aufträge auszuführen.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save the workspace to keep its runs: they are stored in a database beside the file.</source>
        <translation>Speichern Sie den Arbeitsbereich, um seine Läufe zu behalten: Sie werden in einer Datenbank neben der Datei gespeichert.</translation>
    </message>
    <message>
        <source>Runs of this workspace, newest first. Select one to see its results.</source>
        <translation>Läufe dieses Arbeitsbereichs, neueste zuerst. Wählen Sie einen, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>No run shown</source>
        <translation>Kein Lauf angezeigt</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Lauf vom %1</translation>
    </message>
    <message>
        <source>Run %1: %2 on %3</source>
        <translation>Lauf %1: %2 am %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 of %2 jobs (%3%)</source>
        <translation>%1 von %2 Aufträgen (%3 %)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>ETA: estimating…</source>
        <translation>Restzeit: wird geschätzt …</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Spent %1</source>
        <translation>Ausgegeben %1</translation>
    </message>
    <message>
        <source>Passed %1 of %2</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>Cached %1</source>
        <translation>Aus Cache %1</translation>
    </message>
    <message>
        <source>Show only the results with an error</source>
        <translation>Nur die Ergebnisse mit Fehler zeigen</translation>
    </message>
    <message>
        <source>%1 of %2 results</source>
        <translation>%1 von %2 Ergebnissen</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the results of this run…</source>
        <translation>Die Ergebnisse dieses Laufs werden geladen …</translation>
    </message>
    <message>
        <source>No results match the filter.</source>
        <translation>Keine Ergebnisse passen zum Filter.</translation>
    </message>
    <message>
        <source>Waiting for the first results…</source>
        <translation>Warten auf die ersten Ergebnisse …</translation>
    </message>
    <message>
        <source>This run stopped before its first result. Resume it to run its jobs.</source>
        <translation>Dieser Lauf stoppte vor seinem ersten Ergebnis. Setzen Sie ihn fort, um seine Aufträge auszuführen.</translation>
    </message>
    <message>
        <source>This run has no results.</source>
        <translation>Dieser Lauf hat keine Ergebnisse.</translation>
    </message>
    <message>
        <source>No runs yet: add categories and models to the workspace, then press Run here.</source>
        <translation>Noch keine Läufe: Fügen Sie dem Arbeitsbereich Kategorien und Modelle hinzu und drücken Sie dann hier auf „Starten“.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(s)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run in the History tab, or press Run to benchmark %1 on %2.</source>
        <translation>Wählen Sie einen Lauf im Reiter „Verlauf“ oder drücken Sie „Starten“, um %1 mit %2 zu benchmarken.</translation>
    </message>
    <message>
        <source>No runs yet: press Run to benchmark %1 on %2.</source>
        <translation>Noch keine Läufe: Drücken Sie „Starten“, um %1 mit %2 zu benchmarken.</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run Missing</source>
        <translation>Fehlende ausführen</translation>
    </message>
    <message>
        <source>Run only the categories and models no run has current evidence for: new models, new categories, categories whose cases, prompts or scorers changed</source>
        <translation>Nur die Kategorien und Modelle ausführen, für die kein Lauf einen aktuellen Nachweis hat: neue Modelle, neue Kategorien, Kategorien, deren Testfälle, Prompts oder Bewerter sich geändert haben</translation>
    </message>
    <message>
        <source>Cannot Run the Missing Cells</source>
        <translation>Fehlende Zellen können nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Nothing is missing: every category has current evidence for every model.</source>
        <translation>Es fehlt nichts: Jede Kategorie hat für jedes Modell einen aktuellen Nachweis.</translation>
    </message>
    <message>
        <source>Running the missing cells sends %1 requests to real providers (%2), which bill your accounts.</source>
        <translation>Das Ausführen der fehlenden Zellen sendet %1 Anfragen an echte Anbieter (%2), die Ihre Konten belasten.</translation>
    </message>
    <message>
        <source>A model that changed since these answers were cached would not show: run again with a shorter cache age, or none.</source>
        <translation>Ein Modell, das sich geändert hat, seit diese Antworten gecacht wurden, würde nicht auffallen: Führen Sie den Lauf erneut mit kürzerem oder ohne Cache-Alter aus.</translation>
    </message>
    <message>
        <source>Simulated %1, nothing paid</source>
        <translation>Simuliert %1, nichts bezahlt</translation>
    </message>
    <message>
        <source>Collect Now</source>
        <translation>Jetzt abholen</translation>
    </message>
    <message>
        <source>Resume the run: poll its batches until the providers finish them and save their results</source>
        <translation>Den Lauf fortsetzen: seine Batches abfragen, bis die Anbieter sie fertig haben, und ihre Ergebnisse speichern</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier run(s) with open batches)</source>
        <translation>
            <numerusform>(und %n früherer Lauf mit offenen Batches)</numerusform>
            <numerusform>(und %n frühere Läufe mit offenen Batches)</numerusform>
        </translation>
    </message>
    <message>
        <source>The providers go on with a batch while Signalbox is closed; collecting polls them until they end and saves their results. Nothing is sent twice.</source>
        <translation>Die Anbieter arbeiten an einem Batch weiter, während Signalbox geschlossen ist; Abholen fragt sie ab, bis sie fertig sind, und speichert ihre Ergebnisse. Nichts wird zweimal gesendet.</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This build of Signalbox does not include the sample workspace.</source>
        <translation>Diese Version von Signalbox enthält den Beispiel-Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <source>Could not read the sample file %1: %2</source>
        <translation>Die Beispieldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not copy the sample: %1</source>
        <translation>Das Beispiel konnte nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>SavingsChart</name>
    <message>
        <source>Routing map</source>
        <translation>Routing-Tabelle</translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation>US-Dollar pro Monat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>All to %1</source>
        <translation>Alles an %1</translation>
    </message>
    <message>
        <source>Monthly cost per category</source>
        <translation>Monatliche Kosten je Kategorie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>SavingsPanel</name>
    <message>
        <source>±0 pts</source>
        <translation>±0 Pkt.</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 Pkt.</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>The application&apos;s requests a month; the workspace keeps it</source>
        <translation>Die Anfragen der Anwendung pro Monat; der Arbeitsbereich speichert den Wert</translation>
    </message>
    <message>
        <source>The model every request would go to without the routing map</source>
        <translation>Das Modell, an das ohne Routing-Tabelle jede Anfrage ginge</translation>
    </message>
    <message>
        <source>Monthly volume:</source>
        <translation>Monatliches Volumen:</translation>
    </message>
    <message>
        <source>Baseline model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <source>Projected monthly cost</source>
        <translation>Voraussichtliche monatliche Kosten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>The category&apos;s share of requests; double-click to edit</source>
        <translation>Der Anteil der Kategorie an den Anfragen; zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>The routed model&apos;s accuracy, and its change against the baseline model</source>
        <translation>Die Genauigkeit des gerouteten Modells und ihre Änderung gegenüber dem Basismodell</translation>
    </message>
    <message>
        <source>No runs yet: open Runs and press Run. The projected monthly cost of the routing map against one baseline model appears here.</source>
        <translation>Noch keine Läufe: Öffnen Sie Läufe und klicken Sie auf Starten. Die voraussichtlichen monatlichen Kosten der Routing-Tabelle gegenüber einem Basismodell erscheinen hier.</translation>
    </message>
    <message>
        <source>No routes yet: apply the suggestions, or choose a model for a category in the table. The projected savings appear here.</source>
        <translation>Noch keine Routen: Übernehmen Sie die Vorschläge oder wählen Sie in der Tabelle ein Modell für eine Kategorie. Die voraussichtlichen Einsparungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s monthly requests above to project its monthly cost.</source>
        <translation>Geben Sie oben die monatlichen Anfragen der Anwendung ein, um ihre monatlichen Kosten hochzurechnen.</translation>
    </message>
    <message>
        <source>Add a model in Models to compare the routing map with.</source>
        <translation>Fügen Sie unter Modelle ein Modell hinzu, mit dem die Routing-Tabelle verglichen wird.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Other traffic</source>
        <translation>Sonstiger Traffic</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Geroutet an %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <source>Against the saved map: %1</source>
        <translation>Gegenüber der gespeicherten Tabelle: %1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>%1 with the map, %2 with the baseline</source>
        <translation>%1 mit der Routing-Tabelle, %2 mit der Basis</translation>
    </message>
    <message>
        <source>Map API / month</source>
        <translation>Tabelle API / Monat</translation>
    </message>
    <message>
        <source>Map errors</source>
        <translation>Tabelle Fehler</translation>
    </message>
    <message>
        <source>Map total</source>
        <translation>Tabelle gesamt</translation>
    </message>
    <message>
        <source>Wrong answers a month times the category&apos;s price of an error (error_cost_usd)</source>
        <translation>Falsche Antworten pro Monat mal der Preis eines Fehlers der Kategorie (error_cost_usd)</translation>
    </message>
    <message>
        <source>The baseline model&apos;s monthly cost, its errors included where they are priced</source>
        <translation>Die monatlichen Kosten des Basismodells, einschließlich seiner Fehler, wo diese einen Preis haben</translation>
    </message>
    <message>
        <source>%1 per wrong answer</source>
        <translation>%1 pro falscher Antwort</translation>
    </message>
    <message>
        <source>The category sets no price of an error</source>
        <translation>Die Kategorie legt keinen Preis eines Fehlers fest</translation>
    </message>
    <message>
        <source>API %1 + errors %2</source>
        <translation>API %1 + Fehler %2</translation>
    </message>
</context>
<context>
    <name>SavingsText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>other traffic</source>
        <translation>übriger Traffic</translation>
    </message>
    <message>
        <source>%1 (no route)</source>
        <translation>%1 (keine Route)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2) less a month than sending all %3 requests to %4.</source>
        <translation>%1 (%2) weniger pro Monat, als alle %3 Anfragen an %4 zu schicken.</translation>
    </message>
    <message>
        <source>At least %1 less a month than sending all %2 requests to %3.</source>
        <translation>Mindestens %1 weniger pro Monat, als alle %2 Anfragen an %3 zu schicken.</translation>
    </message>
    <message>
        <source>%1 more a month than sending all %2 requests to %3.</source>
        <translation>%1 mehr pro Monat, als alle %2 Anfragen an %3 zu schicken.</translation>
    </message>
    <message>
        <source>At least %1 more a month than sending all %2 requests to %3.</source>
        <translation>Mindestens %1 mehr pro Monat, als alle %2 Anfragen an %3 zu schicken.</translation>
    </message>
    <message>
        <source>The same monthly cost as sending all %1 requests to %2.</source>
        <translation>Dieselben monatlichen Kosten, wie alle %1 Anfragen an %2 zu schicken.</translation>
    </message>
    <message>
        <source>Whether the map costs less than sending all %1 requests to %2 is not known yet.</source>
        <translation>Ob die Tabelle weniger kostet, als alle %1 Anfragen an %2 zu schicken, ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 a month less than the map last saved to the workspace file (%2).</source>
        <translation>%1 pro Monat weniger als die zuletzt in die Arbeitsbereichsdatei gespeicherte Tabelle (%2).</translation>
    </message>
    <message>
        <source>At least %1 a month less than the map last saved to the workspace file (%2).</source>
        <translation>Mindestens %1 pro Monat weniger als die zuletzt in die Arbeitsbereichsdatei gespeicherte Tabelle (%2).</translation>
    </message>
    <message>
        <source>%1 a month more than the map last saved to the workspace file (%2).</source>
        <translation>%1 pro Monat mehr als die zuletzt in die Arbeitsbereichsdatei gespeicherte Tabelle (%2).</translation>
    </message>
    <message>
        <source>At least %1 a month more than the map last saved to the workspace file (%2).</source>
        <translation>Mindestens %1 pro Monat mehr als die zuletzt in die Arbeitsbereichsdatei gespeicherte Tabelle (%2).</translation>
    </message>
    <message>
        <source>Same monthly cost as the map last saved to the workspace file (%1).</source>
        <translation>Gleiche monatliche Kosten wie die zuletzt in die Arbeitsbereichsdatei gespeicherte Tabelle (%1).</translation>
    </message>
    <message>
        <source>Against the map last saved to the workspace file (%1): not known, some of the routes have no figures in this run.</source>
        <translation>Gegenüber der zuletzt in die Arbeitsbereichsdatei gespeicherten Tabelle (%1): nicht bekannt, für einige der Routen hat dieser Lauf keine Zahlen.</translation>
    </message>
    <message>
        <source>The map: API %1 + errors %2 = %3. All on %4: API %5 + errors %6 = %7.</source>
        <translation>Die Tabelle: API %1 + Fehler %2 = %3. Alles auf %4: API %5 + Fehler %6 = %7.</translation>
    </message>
    <message>
        <source>Routing map %1 vs all on %2 %3 a month, errors included</source>
        <translation>Routing-Tabelle %1 gegenüber alles auf %2 %3 pro Monat, Fehler eingerechnet</translation>
    </message>
    <message>
        <source>Routing map %1 vs all on %2 %3 a month</source>
        <translation>Routing-Tabelle %1 gegenüber alles auf %2 %3 pro Monat</translation>
    </message>
    <message>
        <source>This run has no figures for %1: they are left out of the sums, not counted as $0. Run these models on these categories to complete the projection.</source>
        <translation>Dieser Lauf hat keine Zahlen für %1: Sie fehlen in den Summen und werden nicht als $0 gezählt. Führen Sie diese Modelle mit diesen Kategorien aus, um die Prognose zu vervollständigen.</translation>
    </message>
    <message>
        <source>The map is as last saved to the workspace file.</source>
        <translation>Die Tabelle entspricht dem zuletzt in die Arbeitsbereichsdatei gespeicherten Stand.</translation>
    </message>
</context>
<context>
    <name>ScoreResult</name>
    <message>
        <source>no scorers: give the category or the case at least one</source>
        <translation>keine Bewerter: Geben Sie der Kategorie oder dem Testfall mindestens einen</translation>
    </message>
    <message>
        <source>%1 could not be scored: %2</source>
        <translation>%1 konnte nicht bewertet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assertion(s) passed, score %2</source>
        <translation>
            <numerusform>%1 von %n Prüfung bestanden, Punktzahl %2</numerusform>
            <numerusform>%1 von %n Prüfungen bestanden, Punktzahl %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 needed; %3: %4</source>
        <translation>%1, %2 nötig; %3: %4</translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>path: json-field-equals needs a path such as customer.id or items[0].sku</source>
        <translation>path: json-field-equals braucht einen Pfad wie customer.id oder items[0].sku</translation>
    </message>
    <message>
        <source>path: invalid JSON path %1: %2 at character %3</source>
        <translation>path: ungültiger JSON-Pfad %1: %2 bei Zeichen %3</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>path: the expected output of case &apos;%1&apos; is JSON with nothing at %2, so the output&apos;s field is compared with the whole expected JSON and can never pass; add %2 to the expected output, or give the scorer a value</source>
        <translation>path: Die erwartete Ausgabe von Testfall &apos;%1&apos; ist JSON ohne Inhalt bei %2, daher wird das Feld der Ausgabe mit dem gesamten erwarteten JSON verglichen und kann nie bestehen; ergänzen Sie %2 in der erwarteten Ausgabe oder geben Sie dem Bewerter einen Wert</translation>
    </message>
    <message>
        <source>value: %1 takes a JSON schema as its value, a mapping such as {type: object, required: [id]}; use json-field-equals to compare one field with a value</source>
        <translation>value: %1 erwartet ein JSON-Schema als Wert, eine Zuordnung wie {type: object, required: [id]}; verwenden Sie json-field-equals, um ein Feld mit einem Wert zu vergleichen</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>value: %1</translation>
    </message>
    <message>
        <source>%1, which matches the schema</source>
        <translation>%1, passt zum Schema</translation>
    </message>
    <message>
        <source>%1, which does not match the schema: %2</source>
        <translation>%1, passt nicht zum Schema: %2</translation>
    </message>
</context>
<context>
    <name>ScorerChecks</name>
    <message>
        <source>value: %1 takes no value, found %2</source>
        <translation>value: %1 nimmt keinen Wert an, gefunden: %2</translation>
    </message>
    <message>
        <source>value: %1 expects one text, found %2</source>
        <translation>value: %1 erwartet einen Text, gefunden: %2</translation>
    </message>
    <message>
        <source>value: %1 needs a non-empty text; an empty one matches every output</source>
        <translation>value: %1 braucht einen nicht leeren Text; ein leerer passt zu jeder Ausgabe</translation>
    </message>
    <message>
        <source>value: %1 expects a list of texts, found a mapping</source>
        <translation>value: %1 erwartet eine Liste von Texten, gefunden: eine Zuordnung</translation>
    </message>
    <message>
        <source>value: every item of %1 must be a non-empty text, found %2</source>
        <translation>value: jeder Eintrag von %1 muss ein nicht leerer Text sein, gefunden: %2</translation>
    </message>
    <message>
        <source>value: %1 needs at least one text to look for</source>
        <translation>value: %1 braucht mindestens einen Text, nach dem gesucht wird</translation>
    </message>
    <message>
        <source>value: %1 expects a number, found %2</source>
        <translation>value: %1 erwartet eine Zahl, gefunden: %2</translation>
    </message>
    <message>
        <source>value: %1 needs %2</source>
        <translation>value: %1 braucht %2</translation>
    </message>
    <message>
        <source>threshold: %1 takes no threshold</source>
        <translation>threshold: %1 nimmt keine Schwelle an</translation>
    </message>
    <message>
        <source>threshold: %1 needs a threshold: %2</source>
        <translation>threshold: %1 braucht eine Schwelle: %2</translation>
    </message>
    <message>
        <source>threshold: expected a number of %1 or more, found %2</source>
        <translation>threshold: erwartet wird eine Zahl von %1 oder mehr, gefunden: %2</translation>
    </message>
    <message>
        <source>threshold: expected a number from %1 to %2, found %3</source>
        <translation>threshold: erwartet wird eine Zahl von %1 bis %2, gefunden: %3</translation>
    </message>
    <message>
        <source>path: only json-field-equals takes a path, not %1</source>
        <translation>path: nur json-field-equals nimmt einen Pfad an, nicht %1</translation>
    </message>
</context>
<context>
    <name>ScorerListModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>JSON-Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scorer type Signalbox knows</source>
        <translation>„%1“ ist kein Bewertertyp, den Signalbox kennt</translation>
    </message>
    <message>
        <source>Empty: the case&apos;s expected output. Lists: separate the items with &quot;;&quot;</source>
        <translation>Leer: die erwartete Ausgabe des Testfalls. Listen: Einträge mit „;“ trennen</translation>
    </message>
    <message>
        <source>expected output</source>
        <translation>erwartete Ausgabe</translation>
    </message>
</context>
<context>
    <name>ScorerValidation</name>
    <message>
        <source>type: a scorer needs a type, such as equals or icontains</source>
        <translation>type: ein Bewerter braucht einen Typ, etwa equals oder icontains</translation>
    </message>
    <message>
        <source>type: unknown scorer type &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>type: unbekannter Bewertertyp &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>type: unknown scorer type &apos;%1&apos;; known types: %2 (each also with a &apos;not-&apos; prefix)</source>
        <translation>type: unbekannter Bewertertyp &apos;%1&apos;; bekannte Typen: %2 (jeweils auch mit dem Präfix &apos;not-&apos;)</translation>
    </message>
    <message>
        <source>weight: expected a number of 0 or more, found %1</source>
        <translation>weight: erwartet wird eine Zahl von 0 oder mehr, gefunden: %1</translation>
    </message>
    <message>
        <source>with its placeholders filled from case &apos;%1&apos;</source>
        <translation>mit aus Testfall &apos;%1&apos; gefüllten Platzhaltern</translation>
    </message>
    <message>
        <source>taken from the expected output of case &apos;%1&apos;</source>
        <translation>aus der erwarteten Ausgabe von Testfall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>value: %1 has no value and case &apos;%2&apos; no expected output to compare with</source>
        <translation>value: %1 hat keinen Wert und Testfall &apos;%2&apos; keine erwartete Ausgabe zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>ScorerValue</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not draw %1.</source>
        <translation>%1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>I was charged twice for order LH-4829173, please refund one.</source>
        <translation>Mir wurde die Bestellung LH-4829173 doppelt berechnet, bitte erstatten Sie eine Zahlung.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the file is not in the settings format</source>
        <translation>die Datei hat nicht das Einstellungsformat</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written (a full disk or missing rights)</source>
        <translation>die Datei oder ihr Ordner kann nicht geschrieben werden (volle Festplatte oder fehlende Rechte)</translation>
    </message>
    <message>
        <source>Signalbox could not save its settings to %1: %2.</source>
        <translation>Signalbox konnte seine Einstellungen nicht in %1 speichern: %2.</translation>
    </message>
</context>
<context>
    <name>ShadowAnswerView</name>
    <message>
        <source>No answer in this run</source>
        <translation>Keine Antwort in diesem Lauf</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>score %1 · %2 · %3</source>
        <translation>Punktzahl %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ShadowArea</name>
    <message>
        <source>Shadow compare</source>
        <translation>Schattenvergleich</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>A run that asked two models or more, newest first</source>
        <translation>Ein Lauf, der zwei oder mehr Modelle befragt hat, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>The category whose cases are compared</source>
        <translation>Die Kategorie, deren Testfälle verglichen werden</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>The model the candidates are compared with; the category&apos;s routed model by default</source>
        <translation>Das Modell, mit dem die Kandidaten verglichen werden; standardmäßig das geroutete Modell der Kategorie</translation>
    </message>
    <message>
        <source>One to three models to compare with the baseline</source>
        <translation>Ein bis drei Modelle, die mit der Basis verglichen werden</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ka&amp;ndidaten:</translation>
    </message>
    <message>
        <source>Shadow Run on Your Prompts…</source>
        <translation>Schattenlauf mit Ihren Prompts…</translation>
    </message>
    <message>
        <source>Ask the baseline and candidates your own prompts, without expected outputs, and compare their answers here</source>
        <translation>Basis und Kandidaten Ihre eigenen Prompts stellen, ohne erwartete Ausgaben, und ihre Antworten hier vergleichen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 now serves %2, with %3 as its first fallback. Edit ▸ Undo takes it back.</source>
        <translation>%1 bedient jetzt %2, mit %3 als erstem Fallback. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source> · your prompts</source>
        <translation> · Ihre Prompts</translation>
    </message>
    <message>
        <source> · simulated</source>
        <translation> · simuliert</translation>
    </message>
    <message>
        <source>No run with two models on this category: run at least two models in Runs, or start a shadow run on your own prompts.</source>
        <translation>Kein Lauf mit zwei Modellen für diese Kategorie: Führen Sie unter Läufe mindestens zwei Modelle aus oder starten Sie einen Schattenlauf mit Ihren eigenen Prompts.</translation>
    </message>
    <message>
        <source>The results database could not be read: %1</source>
        <translation>Die Ergebnisdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet: save the workspace, then run at least two models in Runs. Their answers appear here side by side, disagreements first.</source>
        <translation>Noch keine Läufe: Speichern Sie den Arbeitsbereich und führen Sie dann unter Läufe mindestens zwei Modelle aus. Ihre Antworten erscheinen hier nebeneinander, Abweichungen zuerst.</translation>
    </message>
    <message>
        <source>Loading the runs…</source>
        <translation>Die Läufe werden geladen…</translation>
    </message>
    <message>
        <source>Comparing the answers of %1…</source>
        <translation>Die Antworten von %1 werden verglichen…</translation>
    </message>
    <message>
        <source>Run %1 has no answers of these models on %2: choose another category or run, or start a shadow run on your own prompts.</source>
        <translation>Lauf %1 hat keine Antworten dieser Modelle zu %2: Wählen Sie eine andere Kategorie oder einen anderen Lauf, oder starten Sie einen Schattenlauf mit Ihren eigenen Prompts.</translation>
    </message>
    <message>
        <source>Your verdict could not be saved: %1</source>
        <translation>Ihr Urteil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>S&amp;hadow Run…</source>
        <translation>Sc&amp;hattenlauf…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n model(s)</source>
        <translation>
            <numerusform>%1 · %n Modell</numerusform>
            <numerusform>%1 · %n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) judged worse in Shadow compare</source>
        <translation>
            <numerusform>%n Testfall im Schattenvergleich als schlechter beurteilt</numerusform>
            <numerusform>%n Testfälle im Schattenvergleich als schlechter beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: judged worse than %2 on some cases</source>
        <translation>%1: bei einigen Testfällen als schlechter als %2 beurteilt</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>%1 befördern</translation>
    </message>
    <message>
        <source>No rollout started: %1.</source>
        <translation>Kein Rollout gestartet: %1.</translation>
    </message>
    <message>
        <source>%1 now takes 5% of %2&apos;s traffic; advance the rollout stage by stage in the Routing area. Edit ▸ Undo takes it back.</source>
        <translation>%1 erhält jetzt 5 % des Traffics von %2; schalten Sie den Rollout im Bereich „Routing“ Stufe für Stufe weiter. Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>%1 now serves %2 but this run did not ask it, so the baseline stays %3: run %1 in Runs to compare it here.</source>
        <translation>%1 bedient jetzt %2, aber dieser Lauf hat es nicht gefragt, daher bleibt die Basis %3: Führen Sie %1 unter Läufe aus, um es hier zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>ShadowCaseModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>gleicher Text</translation>
    </message>
    <message>
        <source>agrees (%1)</source>
        <translation>stimmt überein (%1)</translation>
    </message>
    <message>
        <source>differs (%1)</source>
        <translation>weicht ab (%1)</translation>
    </message>
    <message>
        <source>How much of the candidate&apos;s answer is word for word the baseline&apos;s</source>
        <translation>Wie viel der Antwort des Kandidaten wörtlich mit der der Basis übereinstimmt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Nach Punktzahl</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Ihr Urteil</translation>
    </message>
</context>
<context>
    <name>ShadowDetailPane</name>
    <message>
        <source>The input both models answered</source>
        <translation>Die Eingabe, die beide Modelle beantwortet haben</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer is better (B); click again to clear</source>
        <translation>Die Antwort des Kandidaten ist besser (B); zum Zurücksetzen erneut klicken</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <translation>&amp;Gleich</translation>
    </message>
    <message>
        <source>Both answers are as good (S); click again to clear</source>
        <translation>Beide Antworten sind gleich gut (S); zum Zurücksetzen erneut klicken</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Schlechter</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer is worse (W); click again to clear</source>
        <translation>Die Antwort des Kandidaten ist schlechter (W); zum Zurücksetzen erneut klicken</translation>
    </message>
    <message>
        <source>Note (optional): why</source>
        <translation>Notiz (optional): warum</translation>
    </message>
    <message>
        <source>Choose a case in the list to see the answers side by side</source>
        <translation>Wählen Sie einen Testfall in der Liste, um die Antworten nebeneinander zu sehen</translation>
    </message>
    <message>
        <source>Your verdict:</source>
        <translation>Ihr Urteil:</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Testfall %1</translation>
    </message>
    <message>
        <source>Case %1 · expected: %2</source>
        <translation>Testfall %1 · erwartet: %2</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Your verdict on %1:</source>
        <translation>Ihr Urteil zu %1:</translation>
    </message>
</context>
<context>
    <name>ShadowFilter</name>
    <message>
        <source>All cases</source>
        <translation>Alle Testfälle</translation>
    </message>
    <message>
        <source>Disagreements only</source>
        <translation>Nur Abweichungen</translation>
    </message>
    <message>
        <source>Candidate better</source>
        <translation>Kandidat besser</translation>
    </message>
    <message>
        <source>Candidate worse</source>
        <translation>Kandidat schlechter</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ShadowOutcome</name>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
</context>
<context>
    <name>ShadowPromotion</name>
    <message>
        <source>Promote %1 for %2</source>
        <translation>%1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>Start rolling out %1 for %2</source>
        <translation>Rollout von %1 für %2 starten</translation>
    </message>
</context>
<context>
    <name>ShadowRunDialog</name>
    <message>
        <source>Shadow Run on Your Prompts</source>
        <translation>Schattenlauf mit Ihren Prompts</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel &amp;Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Its system prompt and prompt template wrap each of your prompts</source>
        <translation>Sein System-Prompt und seine Prompt-Vorlage umschließen jeden Ihrer Prompts</translation>
    </message>
    <message>
        <source>One to three models to compare with the baseline</source>
        <translation>Ein bis drei Modelle, die mit der Basis verglichen werden</translation>
    </message>
    <message>
        <source>Let a pairwise &amp;judge say which answer is better:</source>
        <translation>Ein paarweises Bewertungsmodell &amp;entscheiden lassen, welche Antwort besser ist:</translation>
    </message>
    <message>
        <source>The judge sees the prompt and both answers twice, swapped, so that a preference for a position cancels out. Without a judge only agreement is measured.</source>
        <translation>Das Bewertungsmodell sieht den Prompt und beide Antworten zweimal, vertauscht, sodass sich eine Vorliebe für eine Position aufhebt. Ohne Bewertungsmodell wird nur die Übereinstimmung gemessen.</translation>
    </message>
    <message>
        <source>Simulate with the &amp;sandbox (no requests to providers, no cost)</source>
        <translation>Mit der Sandbo&amp;x simulieren (keine Anfragen an Anbieter, keine Kosten)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates:</source>
        <translation>Ka&amp;ndidaten:</translation>
    </message>
    <message>
        <source>&amp;Prompts, one a line (real inputs of your application, no expected outputs):</source>
        <translation>&amp;Prompts, einer pro Zeile (echte Eingaben Ihrer Anwendung, keine erwarteten Ausgaben):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>A .txt file with one prompt a line, or a .csv or .jsonl file with an input or prompt column</source>
        <translation>Eine .txt-Datei mit einem Prompt pro Zeile oder eine .csv- oder .jsonl-Datei mit einer Spalte input oder prompt</translation>
    </message>
    <message>
        <source>My order arrived damaged, what can I do?
How do I change my billing address?</source>
        <translation>Meine Bestellung kam beschädigt an, was kann ich tun?
Wie ändere ich meine Rechnungsadresse?</translation>
    </message>
    <message>
        <source>Paste or import the prompts to ask.</source>
        <translation>Fügen Sie die zu stellenden Prompts ein oder importieren Sie sie.</translation>
    </message>
    <message>
        <source>Check one to three candidates.</source>
        <translation>Wählen Sie einen bis drei Kandidaten.</translation>
    </message>
    <message>
        <source>Check at most three candidates.</source>
        <translation>Wählen Sie höchstens drei Kandidaten.</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workspace first: the run is stored beside it.</source>
        <translation>Speichern Sie zuerst den Arbeitsbereich: der Lauf wird daneben abgelegt.</translation>
    </message>
    <message>
        <source>Import Prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.csv *.jsonl);;All files (*)</source>
        <translation>Prompts (*.txt *.csv *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import the Prompts</source>
        <translation>Prompts können nicht importiert werden</translation>
    </message>
    <message>
        <source>Run on Real Providers?</source>
        <translation>Bei echten Anbietern ausführen?</translation>
    </message>
    <message numerus="yes">
        <source>This shadow run sends about %n request(s) to real providers, which bill your accounts for them.</source>
        <translation>
            <numerusform>Dieser Schattenlauf sendet etwa %n Anfrage an echte Anbieter, die sie Ihren Konten in Rechnung stellen.</numerusform>
            <numerusform>Dieser Schattenlauf sendet etwa %n Anfragen an echte Anbieter, die sie Ihren Konten in Rechnung stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Asking the models…</source>
        <translation>Die Modelle werden befragt…</translation>
    </message>
    <message>
        <source>The judge compares the answers…</source>
        <translation>Das Bewertungsmodell vergleicht die Antworten…</translation>
    </message>
    <message>
        <source>Saving the run…</source>
        <translation>Der Lauf wird gespeichert…</translation>
    </message>
    <message>
        <source>Done: run %1 is in the list of the Shadow compare area.</source>
        <translation>Fertig: Lauf %1 steht in der Liste des Bereichs Schattenvergleich.</translation>
    </message>
    <message>
        <source>The shadow run stopped: %1</source>
        <translation>Der Schattenlauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 · errors: %3</source>
        <translation>%1 von %2 · Fehler: %3</translation>
    </message>
</context>
<context>
    <name>ShadowRunSpec</name>
    <message>
        <source>There is no category named &apos;%1&apos;.</source>
        <translation>Es gibt keine Kategorie namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one to three candidates to compare with the routed model.</source>
        <translation>Wählen Sie einen bis drei Kandidaten, die mit dem gerouteten Modell verglichen werden.</translation>
    </message>
    <message>
        <source>There is no model with id &apos;%1&apos;.</source>
        <translation>Es gibt kein Modell mit der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Each candidate must differ from the baseline and from the other candidates.</source>
        <translation>Jeder Kandidat muss sich von der Basis und von den anderen Kandidaten unterscheiden.</translation>
    </message>
    <message>
        <source>There is no judge model with id &apos;%1&apos;.</source>
        <translation>Es gibt kein Bewertungsmodell mit der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There are no inputs to answer: give one prompt per line.</source>
        <translation>Es gibt keine zu beantwortenden Eingaben: geben Sie einen Prompt pro Zeile an.</translation>
    </message>
</context>
<context>
    <name>ShadowRunner</name>
    <message>
        <source>A shadow run is already going: wait for it to finish or cancel it.</source>
        <translation>Ein Schattenlauf ist bereits im Gange: warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cannot make a scratch folder for the judge&apos;s calls: %1</source>
        <translation>Für die Aufrufe des Bewertungsmodells kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The answers are saved in run %1, but the judge failed: %2</source>
        <translation>Die Antworten sind in Lauf %1 gespeichert, aber das Bewertungsmodell ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ShadowSummaryPanel</name>
    <message>
        <source>%1 better · %2 same · %3 worse</source>
        <translation>%1 besser · %2 gleich · %3 schlechter</translation>
    </message>
    <message>
        <source>Cost per request: %1 → %2</source>
        <translation>Kosten pro Anfrage: %1 → %2</translation>
    </message>
    <message>
        <source>Monthly saving: set the traffic profile in Workspace to project it</source>
        <translation>Monatliche Einsparung: Legen Sie im Arbeitsbereich das Traffic-Profil fest, um sie hochzurechnen</translation>
    </message>
    <message>
        <source>If routed: saves %1 a month (%2 requests)</source>
        <translation>Falls geroutet: spart %1 pro Monat (%2 Anfragen)</translation>
    </message>
    <message>
        <source>If routed: costs %1 more a month (%2 requests)</source>
        <translation>Falls geroutet: kostet %1 mehr pro Monat (%2 Anfragen)</translation>
    </message>
    <message>
        <source>&amp;Promote candidate</source>
        <translation>Kandidat &amp;übernehmen</translation>
    </message>
    <message>
        <source>Route this category to the candidate, with the routed model as its first fallback and this run as evidence (Edit ▸ Undo takes it back)</source>
        <translation>Diese Kategorie an den Kandidaten routen, mit dem gerouteten Modell als erstem Fallback und diesem Lauf als Nachweis (Bearbeiten ▸ Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Routed model</source>
        <translation>Geroutetes Modell</translation>
    </message>
    <message>
        <source>Roll out &amp;gradually</source>
        <translation>&amp;Schrittweise ausrollen</translation>
    </message>
    <message>
        <source>Instead of switching at once: send 5%, then 25%, 50% and 100% of this category&apos;s traffic to the candidate, advancing stage by stage in the Routing area</source>
        <translation>Statt auf einmal umzustellen: 5 %, dann 25 %, 50 % und 100 % des Traffics dieser Kategorie an den Kandidaten senden und Stufe für Stufe im Bereich „Routing“ weiterschalten</translation>
    </message>
    <message>
        <source>Rolling out</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <source>Agreement: %1 (%2 agree, %3 differ)</source>
        <translation>Übereinstimmung: %1 (%2 stimmen überein, %3 weichen ab)</translation>
    </message>
    <message>
        <source>By the judge</source>
        <translation>Durch das Bewertungsmodell</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Nach Punktzahl</translation>
    </message>
    <message>
        <source>By score: no expected outputs and no judge, so only agreement is known</source>
        <translation>Nach Punktzahl: keine erwarteten Ausgaben und kein Bewertungsmodell, daher ist nur die Übereinstimmung bekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Your verdicts: %1 · %n to judge</source>
        <translation>
            <numerusform>Ihre Urteile: %1 · %n zu beurteilen</numerusform>
            <numerusform>Ihre Urteile: %1 · %n zu beurteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy: %1 → %2</source>
        <translation>Genauigkeit: %1 → %2</translation>
    </message>
    <message>
        <source>Errors: baseline %1, candidate %2</source>
        <translation>Fehler: Basis %1, Kandidat %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>— (batch)</source>
        <translation>— (Batch)</translation>
    </message>
    <message>
        <source>Mean latency: %1 → %2</source>
        <translation>Mittlere Latenz: %1 → %2</translation>
    </message>
</context>
<context>
    <name>ShadowView</name>
    <message>
        <source>No case passes this filter: choose All cases, or another candidate.</source>
        <translation>Kein Testfall passt zu diesem Filter: Wählen Sie Alle Testfälle oder einen anderen Kandidaten.</translation>
    </message>
    <message>
        <source>The candidate the list, the filters and your verdicts are about</source>
        <translation>Der Kandidat, auf den sich die Liste, die Filter und Ihre Urteile beziehen</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>◀ Previous difference</source>
        <translation>◀ Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>The previous case whose answers differ (P or Shift+F8)</source>
        <translation>Der vorherige Testfall, dessen Antworten abweichen (P oder Umschalt+F8)</translation>
    </message>
    <message>
        <source>Next difference ▶</source>
        <translation>Nächster Unterschied ▶</translation>
    </message>
    <message>
        <source>The next case whose answers differ (N or F8)</source>
        <translation>Der nächste Testfall, dessen Antworten abweichen (N oder F8)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 von %n Testfall</numerusform>
            <numerusform>%1 von %n Testfällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarScorer</name>
    <message>
        <source>similarity %1 to %2; at least %3 needed</source>
        <translation>Ähnlichkeit %1 zu %2; mindestens %3 nötig</translation>
    </message>
</context>
<context>
    <name>StabilityChart</name>
    <message>
        <source>Stable cases (same verdict in every repeat)</source>
        <translation>Stabile Testfälle (gleiches Ergebnis in jeder Wiederholung)</translation>
    </message>
    <message>
        <source>pass^k (passed every repeat)</source>
        <translation>pass^k (in jeder Wiederholung bestanden)</translation>
    </message>
    <message>
        <source>Repeat spread (points between repeats, lower is better)</source>
        <translation>Streuung der Wiederholungen (Punkte zwischen Wiederholungen, niedriger ist besser)</translation>
    </message>
    <message>
        <source>Share of cases (%) · spread (points)</source>
        <translation>Anteil der Testfälle (%) · Streuung (Punkte)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>1 repeat</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>Stability across repeats · all categories</source>
        <translation>Stabilität über Wiederholungen · alle Kategorien</translation>
    </message>
    <message>
        <source>Stability across repeats · %1</source>
        <translation>Stabilität über Wiederholungen · %1</translation>
    </message>
    <message>
        <source>Stability needs repeats</source>
        <translation>Stabilität braucht Wiederholungen</translation>
    </message>
    <message>
        <source>This run asked every model once per case, so there is nothing to compare yet. In Runs, set Repeats to 2 or more (3 is usual) and run again: this chart then shows how often each model gives the same verdict in every repeat, how often it passes every repeat (pass^k), and how far its pass rate moves between repeats.</source>
        <translation>Dieser Lauf hat jedes Modell einmal pro Testfall gefragt, daher gibt es noch nichts zu vergleichen. Setzen Sie unter Läufe die Wiederholungen auf 2 oder mehr (3 ist üblich) und führen Sie den Lauf erneut aus: Dieses Diagramm zeigt dann, wie oft jedes Modell in jeder Wiederholung dasselbe Urteil fällt, wie oft es jede Wiederholung besteht (pass^k) und wie stark seine Bestehensquote zwischen den Wiederholungen schwankt.</translation>
    </message>
</context>
<context>
    <name>StartsWithScorer</name>
    <message>
        <source>the output starts with %1</source>
        <translation>die Ausgabe beginnt mit %1</translation>
    </message>
    <message>
        <source>the output starts with %1, not %2</source>
        <translation>die Ausgabe beginnt mit %1, nicht mit %2</translation>
    </message>
</context>
<context>
    <name>StoreKeyDialog</name>
    <message>
        <source>Store API Key in Keyring</source>
        <translation>API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>The key goes to the system keyring, under the service &quot;Signalbox&quot; and the entry below. The workspace file names only the entry, never the key.</source>
        <translation>Der Schlüssel kommt in den Schlüsselbund des Systems, unter dem Dienst „Signalbox“ und dem Eintrag unten. Die Arbeitsbereichsdatei nennt nur den Eintrag, nie den Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Storing the key in the keyring...</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The keyring did not take the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>SubstringScorer</name>
    <message>
        <source>found %1</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>did not find %1</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>found none of %1</source>
        <translation>nichts von %1 gefunden</translation>
    </message>
    <message>
        <source>found all of %1</source>
        <translation>alles von %1 gefunden</translation>
    </message>
</context>
<context>
    <name>TestCaseForm</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Unique within the category; results refer to it</source>
        <translation>Eindeutig in der Kategorie; Ergebnisse verweisen darauf</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;Chat messages</source>
        <translation>&amp;Chatnachrichten</translation>
    </message>
    <message>
        <source>What the model is asked; {{name}} stands for a variable below</source>
        <translation>Was das Modell gefragt wird; {{name}} steht für eine Variable unten</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystem-Prompt:</translation>
    </message>
    <message>
        <source>Empty: the category&apos;s system prompt</source>
        <translation>Leer: der System-Prompt der Kategorie</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Erwartet:</translation>
    </message>
    <message>
        <source>The answer the scorers compare the output with</source>
        <translation>Die Antwort, mit der die Bewerter die Ausgabe vergleichen</translation>
    </message>
    <message>
        <source>&amp;Scorers:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. billing, refund</source>
        <translation>Durch Kommas getrennt, z. B. billing, refund</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No messages yet: add the conversation, one message per row</source>
        <translation>Noch keine Nachrichten: Fügen Sie das Gespräch hinzu, eine Nachricht pro Zeile</translation>
    </message>
    <message>
        <source>No variables</source>
        <translation>Keine Variablen</translation>
    </message>
    <message>
        <source>None: the category&apos;s default scorers apply</source>
        <translation>Keine: Es gelten die Standard-Bewerter der Kategorie</translation>
    </message>
    <message>
        <source>Edit test case %1</source>
        <translation>Testfall %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>the file is not valid UTF-8: byte 0x%1 cannot start or continue a character here; save the file as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8: Byte 0x%1 kann hier kein Zeichen beginnen oder fortsetzen; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the file contains a NUL byte at line %1, column %2; a text file holds none (is it a binary file, or damaged?)</source>
        <translation>die Datei enthält ein NUL-Byte in Zeile %1, Spalte %2; eine Textdatei enthält keines (ist es eine Binärdatei oder ist sie beschädigt?)</translation>
    </message>
    <message>
        <source>the file contains the control character %1, which YAML allows only as an escape in double quotes (such as \x%2)</source>
        <translation>die Datei enthält das Steuerzeichen %1, das YAML nur als Escape-Sequenz in doppelten Anführungszeichen erlaubt (etwa \x%2)</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>das Steuerzeichen %1</translation>
    </message>
</context>
<context>
    <name>TrafficMixChart</name>
    <message>
        <source>Share of requests (%)</source>
        <translation>Anteil der Anfragen (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>Traffic mix · %1 requests a month</source>
        <translation>Traffic-Mix · %1 Anfragen pro Monat</translation>
    </message>
    <message>
        <source>Traffic mix</source>
        <translation>Traffic-Mix</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Candidate better</source>
        <translation>Kandidat besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Candidate worse</source>
        <translation>Kandidat schlechter</translation>
    </message>
</context>
<context>
    <name>WordCountScorer</name>
    <message>
        <source>a word count, {min: a, max: b} or [a, b] in &apos;value&apos;</source>
        <translation>eine Wortzahl, {min: a, max: b} oder [a, b] in &apos;value&apos;</translation>
    </message>
    <message>
        <source>value: word-count expects a count of 0 or more, {min: a, max: b} or [a, b] with a &lt;= b, found %1</source>
        <translation>value: word-count erwartet eine Anzahl von 0 oder mehr, {min: a, max: b} oder [a, b] mit a &lt;= b, gefunden: %1</translation>
    </message>
    <message>
        <source>no word count in %1</source>
        <translation>keine Wortzahl in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); expected %1</source>
        <translation>
            <numerusform>%n Wort; erwartet: %1</numerusform>
            <numerusform>%n Wörter; erwartet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Filter categories</source>
        <translation>Kategorien filtern</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Testfälle filtern</translation>
    </message>
    <message>
        <source>Select a category to edit it, or add one.</source>
        <translation>Wählen Sie eine Kategorie, um sie zu bearbeiten, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Select a test case to edit its input, expected output and scorers.</source>
        <translation>Wählen Sie einen Testfall, um Eingabe, erwartete Ausgabe und Bewerter zu bearbeiten.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Test cases of %1</source>
        <translation>Testfälle von %1</translation>
    </message>
    <message>
        <source>No categories yet: add one, or open the sample workspace to see how a routing benchmark is set up.</source>
        <translation>Noch keine Kategorien: Fügen Sie eine hinzu oder öffnen Sie den Beispiel-Arbeitsbereich, um zu sehen, wie ein Routing-Benchmark aufgebaut ist.</translation>
    </message>
    <message>
        <source>No category matches &quot;%1&quot;.</source>
        <translation>Keine Kategorie passt zu „%1“.</translation>
    </message>
    <message>
        <source>Select a category to see its test cases.</source>
        <translation>Wählen Sie eine Kategorie, um ihre Testfälle zu sehen.</translation>
    </message>
    <message>
        <source>No test cases in %1 yet: add one, import a CSV or JSONL file, or drop such a file here.</source>
        <translation>Noch keine Testfälle in %1: Fügen Sie einen hinzu, importieren Sie eine CSV- oder JSONL-Datei oder ziehen Sie eine solche Datei hierher.</translation>
    </message>
    <message>
        <source>No test case matches &quot;%1&quot;.</source>
        <translation>Kein Testfall passt zu „%1“.</translation>
    </message>
    <message>
        <source>Traffic shares add up to %1, more than 100%. Projected costs count some requests twice until the shares are lowered.</source>
        <translation>Die Traffic-Anteile ergeben zusammen %1, mehr als 100 %. Bis die Anteile gesenkt sind, zählen die voraussichtlichen Kosten manche Anfragen doppelt.</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Add a task category</source>
        <translation>Eine Aufgabenkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Category</source>
        <translation>Kategorie duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected category and its test cases</source>
        <translation>Eine Kopie der ausgewählten Kategorie und ihrer Testfälle hinzufügen</translation>
    </message>
    <message>
        <source>Remove Category</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <source>Remove the selected category, its test cases and its route</source>
        <translation>Die ausgewählte Kategorie, ihre Testfälle und ihre Route entfernen</translation>
    </message>
    <message>
        <source>Add Test Case</source>
        <translation>Testfall hinzufügen</translation>
    </message>
    <message>
        <source>Add a test case to the category</source>
        <translation>Der Kategorie einen Testfall hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Test Case</source>
        <translation>Testfall duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the current test case</source>
        <translation>Eine Kopie des aktuellen Testfalls hinzufügen</translation>
    </message>
    <message>
        <source>Remove Test Cases</source>
        <translation>Testfälle entfernen</translation>
    </message>
    <message>
        <source>Remove the selected test cases</source>
        <translation>Die ausgewählten Testfälle entfernen</translation>
    </message>
    <message>
        <source>Import Test Cases...</source>
        <translation>Testfälle importieren …</translation>
    </message>
    <message>
        <source>Add test cases from CSV or JSONL files to the category</source>
        <translation>Der Kategorie Testfälle aus CSV- oder JSONL-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>new-category</source>
        <translation>neue-kategorie</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate category %1</source>
        <translation>Kategorie %1 duplizieren</translation>
    </message>
    <message>
        <source>Add test case %1</source>
        <translation>Testfall %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate test case %1</source>
        <translation>Testfall %1 duplizieren</translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>Testfälle importieren</translation>
    </message>
    <message>
        <source>Test cases (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Testfälle (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n test case(s)</source>
        <translation>
            <numerusform>%n Testfall importieren</numerusform>
            <numerusform>%n Testfälle importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could Not Open the Sample</source>
        <translation>Beispiel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could Not Open Workspace</source>
        <translation>Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could Not Save Workspace</source>
        <translation>Arbeitsbereich konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace was not saved: %1.

The files on disk are as they were, and your changes are still open here.</source>
        <translation>Der Arbeitsbereich wurde nicht gespeichert: %1.

Die Dateien auf der Festplatte sind unverändert, und Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
</context>
<context>
    <name>WorkspaceParser</name>
    <message>
        <source>a category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>target: unknown target %1%2; expected one of %3</source>
        <translation>target: unbekanntes Ziel %1%2; erwartet wird eines von %3</translation>
    </message>
    <message>
        <source>give either &apos;cases&apos; or &apos;cases_file&apos;, not both</source>
        <translation>geben Sie entweder &apos;cases&apos; oder &apos;cases_file&apos; an, nicht beide</translation>
    </message>
    <message>
        <source>category name</source>
        <translation>Kategoriename</translation>
    </message>
    <message>
        <source>cases_file: expected the path of a .csv or .jsonl file</source>
        <translation>cases_file: erwartet wird der Pfad einer .csv- oder .jsonl-Datei</translation>
    </message>
    <message>
        <source>cases_file: %1 is neither a .csv nor a .jsonl file</source>
        <translation>cases_file: %1 ist weder eine .csv- noch eine .jsonl-Datei</translation>
    </message>
    <message>
        <source>traffic_share: the categories&apos; traffic shares add up to %1 here; together they may be at most 1</source>
        <translation>traffic_share: die Traffic-Anteile der Kategorien ergeben hier zusammen %1; zusammen dürfen sie höchstens 1 sein</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>routing</translation>
    </message>
    <message>
        <source>a route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>route for category</source>
        <translation>Route für Kategorie</translation>
    </message>
    <message>
        <source>rule: unknown rule %1%2; expected one of %3</source>
        <translation>rule: unbekannte Regel %1%2; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>%1: expected a list of model ids, found %2</source>
        <translation>%1: erwartet wird eine Liste von Modell-Ids, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: expected at least one model id</source>
        <translation>%1: erwartet wird mindestens eine Modell-Id</translation>
    </message>
    <message>
        <source>%1: a chain holds a primary model and up to %2 fallbacks; found %3 models</source>
        <translation>%1: eine Kette enthält ein primäres Modell und bis zu %2 Fallbacks; gefunden: %3 Modelle</translation>
    </message>
    <message>
        <source>%1: expected a model id, found %2</source>
        <translation>%1: erwartet wird eine Modell-Id, gefunden: %2</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1: model &apos;%2&apos; appears twice in the chain</source>
        <translation>%1: Modell &apos;%2&apos; kommt zweimal in der Kette vor</translation>
    </message>
    <message>
        <source>route evidence</source>
        <translation>Routen-Nachweis</translation>
    </message>
    <message>
        <source>date: expected a date and time such as 2026-11-20T10:14:03Z, found %1</source>
        <translation>date: erwartet werden Datum und Uhrzeit wie 2026-11-20T10:14:03Z, gefunden: %1</translation>
    </message>
    <message>
        <source>interval: expected [low, high] with 0 &lt;= low &lt;= high &lt;= 1</source>
        <translation>interval: erwartet wird [low, high] mit 0 &lt;= low &lt;= high &lt;= 1</translation>
    </message>
    <message>
        <source>cannot read this YAML: %1</source>
        <translation>dieses YAML lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a workspace starting with &apos;version: 1&apos;</source>
        <translation>die Datei ist leer; erwartet wird ein Arbeitsbereich, der mit &apos;version: 1&apos; beginnt</translation>
    </message>
    <message>
        <source>the file holds no YAML content; expected a workspace starting with &apos;version: 1&apos;</source>
        <translation>die Datei enthält keinen YAML-Inhalt; erwartet wird ein Arbeitsbereich, der mit &apos;version: 1&apos; beginnt</translation>
    </message>
    <message>
        <source>a workspace file holds one YAML document; found a second one after &apos;---&apos;</source>
        <translation>eine Arbeitsbereichsdatei enthält ein YAML-Dokument; nach &apos;---&apos; wurde ein zweites gefunden</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>traffic</translation>
    </message>
    <message>
        <source>the workspace is missing the required key &apos;version&apos;; expected &apos;version: %1&apos; as its first line</source>
        <translation>dem Arbeitsbereich fehlt der Pflichtschlüssel &apos;version&apos;; erwartet wird &apos;version: %1&apos; als erste Zeile</translation>
    </message>
    <message>
        <source>version %1 is newer than this Signalbox supports (%2); open it with a newer Signalbox</source>
        <translation>Version %1 ist neuer, als diese Signalbox-Version unterstützt (%2); öffnen Sie die Datei mit einer neueren Signalbox</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>kind: unknown provider kind %1%2; expected one of %3</source>
        <translation>kind: unbekannte Anbieterart %1%2; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>base_url: expected an http:// or https:// URL, found %1</source>
        <translation>base_url: erwartet wird eine http://- oder https://-URL, gefunden: %1</translation>
    </message>
    <message>
        <source>give at most one of &apos;api_key_env&apos; and &apos;api_key_keyring&apos;</source>
        <translation>geben Sie höchstens eines von &apos;api_key_env&apos; und &apos;api_key_keyring&apos; an</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>Anbietername</translation>
    </message>
    <message>
        <source>headers: &apos;%1&apos; would carry a secret, and keys are never stored in the workspace file; use &apos;api_key_env&apos; or &apos;api_key_keyring&apos;</source>
        <translation>headers: &apos;%1&apos; würde ein Geheimnis enthalten, und Schlüssel werden nie in der Arbeitsbereichsdatei gespeichert; verwenden Sie &apos;api_key_env&apos; oder &apos;api_key_keyring&apos;</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>model id</source>
        <translation>Modell-Id</translation>
    </message>
    <message>
        <source>a price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>a simulation profile</source>
        <translation>Simulationsprofil</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined on line %3)</source>
        <translation>%1 &apos;%2&apos; kommt doppelt vor (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace%3</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert%3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace, which defines none</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert, der keine definiert</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in this workspace; defined: %3</source>
        <translation>%1 &apos;%2&apos; ist in diesem Arbeitsbereich nicht definiert; definiert sind: %3</translation>
    </message>
    <message>
        <source>cannot read this file: %1</source>
        <translation>diese Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>judge model</source>
        <translation>Bewertungsmodell</translation>
    </message>
    <message>
        <source>error_cost_usd: expected the price of one wrong answer in US dollars, at most %1, found %2</source>
        <translation>error_cost_usd: erwartet wird der Preis einer falschen Antwort in US-Dollar, höchstens %1, gefunden: %2</translation>
    </message>
    <message>
        <source>cases_file: %1 %2 (looked for %3)</source>
        <translation>cases_file: %1 %2 (gesucht wurde %3)</translation>
    </message>
    <message>
        <source>headers: a header name is a token of letters, digits and !#$%&amp;&apos;*+-.^_`|~; %1 holds %2</source>
        <translation>headers: ein Header-Name ist ein Token aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~; %1 enthält %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>headers.%1: a header value holds visible ASCII characters, with spaces and tabs only between them; found %2</source>
        <translation>headers.%1: ein Header-Wert enthält sichtbare ASCII-Zeichen, mit Leerzeichen und Tabulatoren nur dazwischen; gefunden: %2</translation>
    </message>
    <message>
        <source>the runner-up&apos;s evidence</source>
        <translation>der Nachweis des Zweitplatzierten</translation>
    </message>
    <message>
        <source>cascade_check: %1</source>
        <translation>cascade_check: %1</translation>
    </message>
    <message>
        <source>cascade_check: a cascade escalates to a next model; the chain has one</source>
        <translation>cascade_check: eine Kaskade eskaliert an ein nächstes Modell; die Kette hat nur eines</translation>
    </message>
    <message>
        <source>a rollout plan</source>
        <translation>ein Rollout-Plan</translation>
    </message>
    <message>
        <source>from: a rollout moves traffic away from the route&apos;s primary &apos;%1&apos;, not %2</source>
        <translation>from: ein Rollout verlagert Traffic weg vom primären Modell &apos;%1&apos; der Route, nicht von %2</translation>
    </message>
    <message>
        <source>to: model %1 is not defined in this workspace</source>
        <translation>to: Modell %1 ist in diesem Arbeitsbereich nicht definiert</translation>
    </message>
    <message>
        <source>to: the new model must differ from the primary &apos;%1&apos;</source>
        <translation>to: das neue Modell muss sich vom primären &apos;%1&apos; unterscheiden</translation>
    </message>
    <message>
        <source>stages: %1; expected ascending percentages such as [5, 25, 50, 100]</source>
        <translation>stages: %1; erwartet werden aufsteigende Prozentsätze wie [5, 25, 50, 100]</translation>
    </message>
    <message>
        <source>stage: %1% is not one of the stages %2</source>
        <translation>stage: %1% ist keine der Stufen %2</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>cache_max_age_days: expected at most %1 days, found %2</source>
        <translation>cache_max_age_days: erwartet werden höchstens %1 Tage, gefunden: %2</translation>
    </message>
    <message>
        <source>version: expected the number %1, found the text %2 in quotes; write &apos;version: %1&apos;</source>
        <translation>version: erwartet wird die Zahl %1, gefunden wurde der Text %2 in Anführungszeichen; schreiben Sie &apos;version: %1&apos;</translation>
    </message>
</context>
<context>
    <name>WorkspaceReader</name>
    <message>
        <source>cannot read the workspace file: it %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht gelesen werden: sie %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceSave</name>
    <message>
        <source>cannot save the cases of category &apos;%1&apos; to %2: expected a .csv or .jsonl file</source>
        <translation>die Testfälle der Kategorie &apos;%1&apos; lassen sich nicht in %2 speichern: erwartet wird eine .csv- oder .jsonl-Datei</translation>
    </message>
    <message>
        <source>cannot save the cases of category &apos;%1&apos; to %2: %3; keep these cases in a .jsonl file instead</source>
        <translation>die Testfälle der Kategorie &apos;%1&apos; lassen sich nicht in %2 speichern: %3; legen Sie diese Testfälle stattdessen in einer .jsonl-Datei ab</translation>
    </message>
</context>
<context>
    <name>WorkspaceSummary</name>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln Testfall</numerusform>
            <numerusform>%Ln Testfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln models</source>
        <translation>
            <numerusform>%Ln Modell</numerusform>
            <numerusform>%Ln Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categories</source>
        <translation>
            <numerusform>%Ln Kategorie</numerusform>
            <numerusform>%Ln Kategorien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YamlCaseReader</name>
    <message>
        <source> (first used on line %1)</source>
        <translation> (zuerst verwendet in Zeile %1)</translation>
    </message>
    <message>
        <source>duplicate case id &apos;%1&apos;%2</source>
        <translation>doppelte Testfall-Id &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>a test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>test case &apos;%1&apos; has both &apos;input&apos; and &apos;messages&apos;; give one of them</source>
        <translation>Testfall &apos;%1&apos; hat sowohl &apos;input&apos; als auch &apos;messages&apos;; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>test case &apos;%1&apos; is missing its prompt: give &apos;input&apos; or &apos;messages&apos;</source>
        <translation>Testfall &apos;%1&apos; fehlt der Prompt: geben Sie &apos;input&apos; oder &apos;messages&apos; an</translation>
    </message>
    <message>
        <source>messages: expected at least one message</source>
        <translation>messages: erwartet wird mindestens eine Nachricht</translation>
    </message>
    <message>
        <source>a chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>role: expected %1, found %2</source>
        <translation>role: erwartet wird %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a scorer</source>
        <translation>Bewerter</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>nesting deeper than %1 levels, counting what aliases refer to (does an alias refer to a node that contains it?)</source>
        <translation>Verschachtelung tiefer als %1 Ebenen, mitgezählt, worauf Aliase verweisen (verweist ein Alias auf einen Knoten, der ihn enthält?)</translation>
    </message>
    <message>
        <source>the aliases in this file expand to more values than such a file can hold; an alias bomb? Write the values out instead</source>
        <translation>die Aliase in dieser Datei expandieren zu mehr Werten, als eine solche Datei enthalten kann; eine Alias-Bombe? Schreiben Sie die Werte stattdessen aus</translation>
    </message>
    <message>
        <source>the YAML tag &apos;%1&apos; is not supported; Signalbox reads plain values: remove the tag</source>
        <translation>das YAML-Tag &apos;%1&apos; wird nicht unterstützt; Signalbox liest einfache Werte: Entfernen Sie das Tag</translation>
    </message>
    <message>
        <source>the aliases in this file expand to more text than such a file can hold; an alias bomb? Write the values out instead</source>
        <translation>die Aliase in dieser Datei expandieren zu mehr Text, als eine solche Datei enthalten kann; eine Alias-Bombe? Schreiben Sie die Werte stattdessen aus</translation>
    </message>
    <message>
        <source>this text holds an escape that is no character: half of a UTF-16 surrogate pair (such as \ud800) without its other half</source>
        <translation>dieser Text enthält ein Escape, das kein Zeichen ist: die Hälfte eines UTF-16-Surrogatpaars (etwa \ud800) ohne die andere Hälfte</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; such a file needs far fewer (is a bracket left open?)</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; eine solche Datei braucht weit weniger (ist eine Klammer offen geblieben?)</translation>
    </message>
</context>
<context>
    <name>YamlMap</name>
    <message>
        <source>&apos;%1&apos; is not allowed: API keys are never stored in the workspace file; name the environment variable that holds the key with &apos;api_key_env&apos;, or a keyring entry with &apos;api_key_keyring&apos;</source>
        <translation>&apos;%1&apos; ist nicht erlaubt: API-Schlüssel werden nie in der Arbeitsbereichsdatei gespeichert; nennen Sie die Umgebungsvariable mit dem Schlüssel mit &apos;api_key_env&apos; oder einen Schlüsselbund-Eintrag mit &apos;api_key_keyring&apos;</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values for %1, found %2</source>
        <translation>%1: erwartet wird eine Zuordnung von Schlüsseln zu Werten, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a plain key in %1, found %2</source>
        <translation>%1: erwartet wird ein einfacher Schlüssel, gefunden: %2</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in %2 (first given on line %3)</source>
        <translation>%2: doppelter Schlüssel &apos;%1&apos; (zuerst angegeben in Zeile %3)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; known keys: %3</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;; bekannte Schlüssel: %3</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;%3</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1: der Pflichtschlüssel &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: expected text, found %2</source>
        <translation>%1: erwartet wird Text, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: expected a text item, found %2</source>
        <translation>%1: erwartet wird ein Text, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: expected a mapping of names to text, found %2</source>
        <translation>%1: erwartet wird eine Zuordnung von Namen zu Texten, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: expected a name, found %2</source>
        <translation>%1: erwartet wird ein Name, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: duplicate name &apos;%2&apos;</source>
        <translation>%1: doppelter Name &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.%2: expected text, found %3</source>
        <translation>%1.%2: erwartet wird Text, gefunden: %3</translation>
    </message>
    <message>
        <source>%1: expected a list, found %2</source>
        <translation>%1: erwartet wird eine Liste, gefunden: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: expected a number, found %2</source>
        <translation>%1: erwartet wird eine Zahl, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: holds the control character %2; a name or id cannot hold control characters</source>
        <translation>%1: enthält das Steuerzeichen %2; ein Name oder eine Id darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1: expected a number, found the text %2 in quotes; write the number without quotes</source>
        <translation>%1: erwartet wird eine Zahl, gefunden wurde der Text %2 in Anführungszeichen; schreiben Sie die Zahl ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: expected a whole number, found the text %2 in quotes; write the number without quotes</source>
        <translation>%1: erwartet wird eine ganze Zahl, gefunden wurde der Text %2 in Anführungszeichen; schreiben Sie die Zahl ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet wird %2, gefunden: %3</translation>
    </message>
    <message>
        <source>%1: expected a list such as [a, b], found %2</source>
        <translation>%1: erwartet wird eine Liste wie [a, b], gefunden: %2</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3, found %4</source>
        <translation>%1: erwartet wird eine Zahl von %2 bis %3, gefunden: %4</translation>
    </message>
    <message>
        <source>%1: expected a number greater than %2, found %3</source>
        <translation>%1: erwartet wird eine Zahl größer als %2, gefunden: %3</translation>
    </message>
    <message>
        <source>%1: expected a number of %2 or more, found %3</source>
        <translation>%1: erwartet wird eine Zahl von %2 oder mehr, gefunden: %3</translation>
    </message>
    <message>
        <source>%1: expected a number of at most %2, found %3</source>
        <translation>%1: erwartet wird eine Zahl von höchstens %2, gefunden: %3</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: true oder false erwartet, gefunden: %2</translation>
    </message>
</context>
<context>
    <name>YamlSyntaxError</name>
    <message>
        <source>expected &apos;key: value&apos; at the indentation of the mapping above; check the indentation</source>
        <translation>erwartet wird &apos;key: value&apos; auf der Einrückung der Zuordnung darüber; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>expected &apos;- item&apos; at the indentation of the list above; check the indentation</source>
        <translation>erwartet wird &apos;- item&apos; auf der Einrückung der Liste darüber; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; to close the &apos;{&apos; mapping</source>
        <translation>erwartet wird &apos;}&apos;, um die mit &apos;{&apos; begonnene Zuordnung zu schließen</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; list</source>
        <translation>erwartet wird &apos;]&apos;, um die mit &apos;[&apos; begonnene Liste zu schließen</translation>
    </message>
    <message>
        <source>unexpected &apos;:&apos;; check this line&apos;s indentation, and quote a value that contains &apos;: &apos;</source>
        <translation>unerwartetes &apos;:&apos;; prüfen Sie die Einrückung dieser Zeile und setzen Sie einen Wert, der &apos;: &apos; enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <source>the alias refers to an undefined anchor</source>
        <translation>der Alias verweist auf einen nicht definierten Anker</translation>
    </message>
    <message>
        <source>\u%1 is half of a UTF-16 surrogate pair without its other half; it is not a character</source>
        <translation>\u%1 ist die Hälfte eines UTF-16-Surrogatpaars ohne die andere Hälfte; es ist kein Zeichen</translation>
    </message>
    <message>
        <source>\U%1 is beyond U+10FFFF; it is not a character</source>
        <translation>\U%1 liegt jenseits von U+10FFFF; es ist kein Zeichen</translation>
    </message>
    <message>
        <source>YAML syntax error: a tab indents this line; YAML is indented with spaces only</source>
        <translation>YAML-Syntaxfehler: diese Zeile ist mit einem Tabulator eingerückt; YAML wird nur mit Leerzeichen eingerückt</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build routing maps for LLM applications from evidence.</source>
        <translation>Routing-Tabellen für LLM-Anwendungen auf Grundlage von Messungen erstellen.</translation>
    </message>
    <message>
        <source>The workspace file to open (*.signalbox.yaml).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (*.signalbox.yaml).</translation>
    </message>
    <message>
        <source>Save a picture of every area into &lt;dir&gt;, then quit (for reviewing the interface, also under xvfb).</source>
        <translation>Ein Bild jedes Bereichs in &lt;dir&gt; speichern und dann beenden (zur Überprüfung der Oberfläche, auch unter xvfb).</translation>
    </message>
</context>
</TS>
