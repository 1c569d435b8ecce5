// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcherparsing.h"
#include "yamlemitter.h"

using namespace Qt::Literals::StringLiterals;

namespace {
void writeRule(YamlEmitter& out, const DispatchRule& rule)
{
    out.beginItem();
    out.text(u"category"_s, rule.category);
    if (!rule.any.isEmpty())
        out.list(u"any"_s, rule.any);
    if (!rule.regex.isEmpty())
        out.text(u"regex"_s, rule.regex);
    if (rule.minChars)
        out.integer(u"min_chars"_s, *rule.minChars);
    if (rule.maxChars)
        out.integer(u"max_chars"_s, *rule.maxChars);
    out.endItem();
}
} // namespace

void writeDispatcherSection(YamlEmitter& out, const DispatcherSpec& spec)
{
    out.beginMap(u"dispatcher"_s);
    if (!spec.rules.isEmpty()) {
        out.beginList(u"rules"_s);
        for (const DispatchRule& rule : spec.rules)
            writeRule(out, rule);
        out.endList();
    }
    if (spec.classifier) {
        out.beginMap(u"classifier"_s);
        out.text(u"model"_s, spec.classifier->model);
        if (!spec.classifier->prompt.isEmpty())
            out.text(u"prompt"_s, spec.classifier->prompt);
        out.endMap();
    }
    out.text(u"default"_s, spec.fallback);
    if (!spec.sample.isEmpty())
        out.text(u"sample"_s, spec.sample);
    out.endMap();
}
