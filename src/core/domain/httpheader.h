// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Extra request headers a workspace may give a provider. Names are RFC 9110 tokens; values are
// visible ASCII with inner spaces and tabs, so that no CR or LF can end a header early and smuggle
// another one in. Headers that carry credentials are refused: keys live in the environment or the
// keyring, never in the workspace file.
namespace HttpHeader {
// The index of the first character that may not stand in a header name, or -1.
qsizetype invalidNameCharacter(const QString& name);
// The index of the first character that may not stand in a header value, or -1; a value may
// not start or end with white space either.
qsizetype invalidValueCharacter(const QString& value);
bool carriesCredentials(const QString& name); // Authorization, x-api-key, Cookie...
bool isValid(const QString& name, const QString& value); // a valid name and value, no credentials
} // namespace HttpHeader
