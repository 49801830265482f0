#pragma once

#include "util/EnumIds.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

// Reads the fields of an API call's body the ways real clients send them:
// application/x-www-form-urlencoded, application/json (an object of strings; integral numbers
// are taken as their digits) and multipart/form-data (PHP's cURL given an array). Form,
// multipart and the Content-Type header are read by app/util (FormEncoding, MultipartReader,
// HeaderValue), the same code SecretMasker uses to find the secret.
class SandboxRequestParser
{
public:
    enum class BodyProblem {
        None,
        UnsupportedContentType,
        MalformedJson,
        MalformedForm,
        MalformedMultipart,
    };

    // Stable, untranslated identifiers: the "body" detail of an invalid-parameter answer
    // ({"detail":{"body":"malformed_json"}}), on the wire to API clients.
    friend constexpr EnumIdTable<BodyProblem, 5> enumIds(BodyProblem)
    {
        return {{{BodyProblem::None, "none"},
                 {BodyProblem::UnsupportedContentType, "unsupported_content_type"},
                 {BodyProblem::MalformedJson, "malformed_json"},
                 {BodyProblem::MalformedForm, "malformed_form"},
                 {BodyProblem::MalformedMultipart, "malformed_multipart"}}};
    }

    struct ParsedBody {
        QHash<QString, QString> fields; // name -> value as sent (a repeated name: the last)
        QSet<QString> invalidFields; // present, but of a type that cannot be a field value
        BodyProblem problem = BodyProblem::None;

        bool ok() const { return problem == BodyProblem::None; }
    };

    static ParsedBody parse(QByteArrayView contentType, QByteArrayView body);

    static ParsedBody parseForm(QByteArrayView body);
    static ParsedBody parseJson(QByteArrayView body);
    static ParsedBody parseMultipart(QByteArrayView body, QByteArrayView boundary);
};
