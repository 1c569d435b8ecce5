<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BarVerdict</name>
    <message numerus="yes">
        <source>Undecided: more than %n more cases would be needed</source>
        <translation>
            <numerusform>Undecided: more than %n more case would be needed</numerusform>
            <numerusform>Undecided: more than %n more cases would be needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undecided: about %n more cases would likely decide it</source>
        <translation>
            <numerusform>Undecided: about %n more case would likely decide it</numerusform>
            <numerusform>Undecided: about %n more cases would likely decide it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesImport</name>
    <message numerus="yes">
        <source>Imported %n test case(s) into %1 from %2.</source>
        <translation>
            <numerusform>Imported %n test case into %1 from %2.</numerusform>
            <numerusform>Imported %n test cases into %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n row could not be read and was left out.</numerusform>
            <numerusform>%n rows could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) got a new id.</source>
        <translation>
            <numerusform>%n case got a new id.</numerusform>
            <numerusform>%n cases got a new id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message numerus="yes">
        <source>[chat, %n message(s)] %1</source>
        <translation>
            <numerusform>[chat, %n message] %1</numerusform>
            <numerusform>[chat, %n messages] %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchRulesModel</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatcherArea</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 right&lt;/b&gt; of %n request(s) · misroute rate &lt;b&gt;%2&lt;/b&gt; · unmatched %3 · %4 by rules, %5 by the classifier</source>
        <translation>
            <numerusform>&lt;b&gt;%1 right&lt;/b&gt; of %n request · misroute rate &lt;b&gt;%2&lt;/b&gt; · unmatched %3 · %4 by rules, %5 by the classifier</numerusform>
            <numerusform>&lt;b&gt;%1 right&lt;/b&gt; of %n requests · misroute rate &lt;b&gt;%2&lt;/b&gt; · unmatched %3 · %4 by rules, %5 by the classifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On run %1. The price of misroutes, on %n case(s) scored both ways: %2 points of pass rate, %3 per 1,000 requests</source>
        <translation>
            <numerusform>On run %1. The price of misroutes, on %n case scored both ways: %2 points of pass rate, %3 per 1,000 requests</numerusform>
            <numerusform>On run %1. The price of misroutes, on %n cases scored both ways: %2 points of pass rate, %3 per 1,000 requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message numerus="yes">
        <source>Remove %n test case(s)</source>
        <translation>
            <numerusform>Remove %n test case</numerusform>
            <numerusform>Remove %n test cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>Latest evidence per category and model, from %n run(s): %1.</source>
        <translation>
            <numerusform>Latest evidence per category and model, from %n run: %1.</numerusform>
            <numerusform>Latest evidence per category and model, from %n runs: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left out as stale (%1): the category&apos;s cases, prompt or scorers changed since their run. Run Missing in Runs runs them again.</source>
        <translation>
            <numerusform>%n cell left out as stale (%1): the category&apos;s cases, prompt or scorers changed since its run. Run Missing in Runs runs it again.</numerusform>
            <numerusform>%n cells left out as stale (%1): the category&apos;s cases, prompt or scorers changed since their run. Run Missing in Runs runs them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportArea</name>
    <message numerus="yes">
        <source>%n category(ies) without a route take the default route (%1): %2.</source>
        <translation>
            <numerusform>%n category without a route takes the default route (%1): %2.</numerusform>
            <numerusform>%n categories without a route take the default route (%1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n route(s) from %1. Edit ▸ Undo puts the previous routing map back.</source>
        <translation>
            <numerusform>Imported %n route from %1. Edit ▸ Undo puts the previous routing map back.</numerusform>
            <numerusform>Imported %n routes from %1. Edit ▸ Undo puts the previous routing map back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be imported: %n problem(s) found. The routing map is unchanged; fix the file and import it again.</source>
        <translation>
            <numerusform>%1 could not be imported: %n problem found. The routing map is unchanged; fix the file and import it again.</numerusform>
            <numerusform>%1 could not be imported: %n problems found. The routing map is unchanged; fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDiff</name>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message numerus="yes">
        <source>the keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>the keyring did not answer within %n second.</numerusform>
            <numerusform>the keyring did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message numerus="yes">
        <source>“%1” could not be opened: %n problem(s) found. Fix the file and open it again; the workspace you had open is unchanged.</source>
        <translation>
            <numerusform>“%1” could not be opened: %n problem found. Fix the file and open it again; the workspace you had open is unchanged.</numerusform>
            <numerusform>“%1” could not be opened: %n problems found. Fix the file and open it again; the workspace you had open is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixDetailPane</name>
    <message numerus="yes">
        <source>Answers of %n model(s)</source>
        <translation>
            <numerusform>Answers of %n model</numerusform>
            <numerusform>Answers of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelScatterChart</name>
    <message numerus="yes">
        <source>Traffic-weighted over %n category(s); meets the bar on %1</source>
        <translation>
            <numerusform>Traffic-weighted over %n category; meets the bar on %1</numerusform>
            <numerusform>Traffic-weighted over %n categories; meets the bar on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsArea</name>
    <message numerus="yes">
        <source>%n model(s) use the provider %1: %2. Removing the provider removes them too, and takes them out of the routing map.</source>
        <translation>
            <numerusform>%n model uses the provider %1: %2. Removing the provider removes it too, and takes it out of the routing map.</numerusform>
            <numerusform>%n models use the provider %1: %2. Removing the provider removes them too, and takes them out of the routing map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenBatches</name>
    <message numerus="yes">
        <source>Run %1 has %n batch(es) still open at %2</source>
        <translation>
            <numerusform>Run %1 has %n batch still open at %2</numerusform>
            <numerusform>Run %1 has %n batches still open at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message numerus="yes">
        <source>No data from %1 for %n second(s)</source>
        <translation>
            <numerusform>No data from %1 for %n second</numerusform>
            <numerusform>No data from %1 for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message numerus="yes">
        <source>Used by %n model(s)</source>
        <translation>
            <numerusform>Used by %n model</numerusform>
            <numerusform>Used by %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n improvement</numerusform>
            <numerusform>%n improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p50/p95: %n answer(s) collected through a provider&apos;s batch API have no latency of their own and are left out (&quot;-&quot;: none measured)</source>
        <translation>
            <numerusform>p50/p95: %n answer collected through a provider&apos;s batch API has no latency of its own and is left out (&quot;-&quot;: none measured)</numerusform>
            <numerusform>p50/p95: %n answers collected through a provider&apos;s batch API have no latency of their own and are left out (&quot;-&quot;: none measured)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsArea</name>
    <message numerus="yes">
        <source>%1 · %n model(s) · %2</source>
        <translation>
            <numerusform>%1 · %n model · %2</numerusform>
            <numerusform>%1 · %n models · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n result(s)</source>
        <translation>
            <numerusform>Run %1: %n result</numerusform>
            <numerusform>Run %1: %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsMatrixView</name>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteConfirmation</name>
    <message numerus="yes">
        <source>The evidence for %n of these routes misses or does not decide its bar.</source>
        <translation>
            <numerusform>The evidence for %n of these routes misses or does not decide its bar.</numerusform>
            <numerusform>The evidence for %n of these routes misses or does not decide its bar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteSuggestion</name>
    <message numerus="yes">
        <source>Its interval still reaches below the bar, and more than %n more cases would be needed to decide it.</source>
        <translation>
            <numerusform>Its interval still reaches below the bar, and more than %n more case would be needed to decide it.</numerusform>
            <numerusform>Its interval still reaches below the bar, and more than %n more cases would be needed to decide it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its interval still reaches below the bar: about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>Its interval still reaches below the bar: about %n more case would likely decide it.</numerusform>
            <numerusform>Its interval still reaches below the bar: about %n more cases would likely decide it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is faster and undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 is faster and undecided against the bar (%2): about %n more case would likely decide it.</numerusform>
            <numerusform>%1 is faster and undecided against the bar (%2): about %n more cases would likely decide it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is cheaper and undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 is cheaper and undecided against the bar (%2): about %n more case would likely decide it.</numerusform>
            <numerusform>%1 is cheaper and undecided against the bar (%2): about %n more cases would likely decide it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close: %1; more than %n more cases would be needed to separate them.</source>
        <translation>
            <numerusform>Close: %1; more than %n more case would be needed to separate them.</numerusform>
            <numerusform>Close: %1; more than %n more cases would be needed to separate them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close: %1; about %n more cases would likely separate them.</source>
        <translation>
            <numerusform>Close: %1; about %n more case would likely separate them.</numerusform>
            <numerusform>Close: %1; about %n more cases would likely separate them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ranks ahead on cost or accuracy (its latency was not measured either) and is undecided against the bar (%2): about %n more cases would likely decide it.</source>
        <translation>
            <numerusform>%1 ranks ahead on cost or accuracy (its latency was not measured either) and is undecided against the bar (%2): about %n more case would likely decide it.</numerusform>
            <numerusform>%1 ranks ahead on cost or accuracy (its latency was not measured either) and is undecided against the bar (%2): about %n more cases would likely decide it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingArea</name>
    <message numerus="yes">
        <source>Applied %n suggestion(s)</source>
        <translation>
            <numerusform>Applied %n suggestion</numerusform>
            <numerusform>Applied %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingTableModel</name>
    <message numerus="yes">
        <source>Run %1, %2: %3 of %n case(s), 95% interval %4 to %5</source>
        <translation>
            <numerusform>Run %1, %2: %3 of %n case, 95% interval %4 to %5</numerusform>
            <numerusform>Run %1, %2: %3 of %n cases, 95% interval %4 to %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparisonView</name>
    <message numerus="yes">
        <source>Run %1: %n result(s)
Categories: %2
Models: %3</source>
        <translation>
            <numerusform>Run %1: %n result
Categories: %2
Models: %3</numerusform>
            <numerusform>Run %1: %n results
Categories: %2
Models: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n improvement</numerusform>
            <numerusform>%n improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) compared</source>
        <translation>
            <numerusform>%n cell compared</numerusform>
            <numerusform>%n cells compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in only one of the runs</source>
        <translation>
            <numerusform>%n cell in only one of the runs</numerusform>
            <numerusform>%n cells in only one of the runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
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
    <name>RunStatusBar</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsArea</name>
    <message numerus="yes">
        <source>This run sends %n request(s) to real providers (%1) and is estimated to cost %2. The providers bill your accounts for it.</source>
        <translation>
            <numerusform>This run sends %n request to real providers (%1) and is estimated to cost %2. The providers bill your accounts for it.</numerusform>
            <numerusform>This run sends %n requests to real providers (%1) and is estimated to cost %2. The providers bill your accounts for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(s)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier run(s) with open batches)</source>
        <translation>
            <numerusform>(and %n earlier run with open batches)</numerusform>
            <numerusform>(and %n earlier runs with open batches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreResult</name>
    <message numerus="yes">
        <source>%1 of %n assertion(s) passed, score %2</source>
        <translation>
            <numerusform>%1 of %n assertion passed, score %2</numerusform>
            <numerusform>%1 of %n assertions passed, score %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowArea</name>
    <message numerus="yes">
        <source>%1 · %n model(s)</source>
        <translation>
            <numerusform>%1 · %n model</numerusform>
            <numerusform>%1 · %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) judged worse in Shadow compare</source>
        <translation>
            <numerusform>%n case judged worse in Shadow compare</numerusform>
            <numerusform>%n cases judged worse in Shadow compare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowRunDialog</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This shadow run sends about %n request(s) to real providers, which bill your accounts for them.</source>
        <translation>
            <numerusform>This shadow run sends about %n request to real providers, which bill your accounts for them.</numerusform>
            <numerusform>This shadow run sends about %n requests to real providers, which bill your accounts for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowSummaryPanel</name>
    <message numerus="yes">
        <source>Your verdicts: %1 · %n to judge</source>
        <translation>
            <numerusform>Your verdicts: %1 · %n to judge</numerusform>
            <numerusform>Your verdicts: %1 · %n to judge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowView</name>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordCountScorer</name>
    <message numerus="yes">
        <source>%n word(s); expected %1</source>
        <translation>
            <numerusform>%n word; expected %1</numerusform>
            <numerusform>%n words; expected %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message numerus="yes">
        <source>Import %n test case(s)</source>
        <translation>
            <numerusform>Import %n test case</numerusform>
            <numerusform>Import %n test cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceSummary</name>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln models</source>
        <translation>
            <numerusform>%Ln model</numerusform>
            <numerusform>%Ln models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categories</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
</context>
</TS>
