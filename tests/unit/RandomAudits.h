#pragma once
// Random audits and JSON values full of awkward strings and numbers, for tst_canonical_json.

#include "core/Audit.h"
#include "core/Score.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>
#include <iterator>
#include <limits>

namespace tp::test {

class RandomAudits
{
public:
    explicit RandomAudits(quint32 seed)
        : m_random(seed)
    {
    }

    QString text(int maxLength = 12)
    {
        static const char16_t kAwkward[] = {u'"',   u'\\',  u'\n',  u'\t',  u'\b',  u'\f',
                                            u'\r',  0x01,   0x1f,   0x7f,   u'é',   u'ß',
                                            0x20ac, 0x4e2d, 0xfffd, 0xfeff, 0xd83d, 0xde00,
                                            0xdc00, 0xdbff, u'/',   u'<',   u' ',   0x2028};
        QString result;
        const int length = int(m_random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            const int pick = int(m_random.bounded(10));
            if (pick < 6)
                result += QChar(char16_t(u'a' + m_random.bounded(26)));
            else if (pick < 9)
                result += QChar(kAwkward[m_random.bounded(int(std::size(kAwkward)))]);
            else
                result += QString::fromUtf16(u"\U0001F600"); // a well-formed surrogate pair
        }
        return result;
    }

    QString asciiId()
    {
        static const char kChars[] =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";
        QString id;
        const int length = 1 + int(m_random.bounded(8));
        for (int i = 0; i < length; ++i)
            id += QLatin1Char(kChars[m_random.bounded(int(sizeof kChars - 1))]);
        return id;
    }

    double number()
    {
        static const double kAwkward[] = {0.0,
                                          -0.0,
                                          0.1,
                                          -2.5,
                                          1e15,
                                          1e17,
                                          1e20,
                                          -1e300,
                                          5e-324,
                                          9007199254740993.0,
                                          9223372036854775807.0,
                                          -9223372036854775808.0,
                                          std::numeric_limits<double>::infinity(),
                                          std::numeric_limits<double>::quiet_NaN(),
                                          123456.789,
                                          1.0 / 3.0};
        switch (m_random.bounded(4)) {
        case 0:
            return kAwkward[m_random.bounded(int(std::size(kAwkward)))];
        case 1:
            return double(qint64(m_random.generate64()) >> m_random.bounded(64));
        case 2:
            return (m_random.generateDouble() - 0.5) * std::pow(10.0, m_random.bounded(-20, 25));
        default:
            return double(m_random.bounded(11));
        }
    }

    QJsonValue value(int depth = 0)
    {
        switch (m_random.bounded(depth < 2 ? 7 : 5)) {
        case 0:
            return m_random.bounded(2) == 1;
        case 1:
        case 2:
            return number();
        case 3:
            return text();
        case 4:
            return QJsonValue(QJsonValue::Null);
        case 5: {
            QJsonArray array;
            for (int i = int(m_random.bounded(4)); i > 0; --i)
                array.append(value(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = int(m_random.bounded(4)); i > 0; --i)
                object.insert(m_random.bounded(4) == 0 ? text(4) : asciiId(), value(depth + 1));
            return object;
        }
        }
    }

    Audit audit()
    {
        Audit audit;
        audit.uuid = text(36);
        audit.scriptId = text();
        audit.scriptVersion = int(m_random.generate());
        audit.site = text();
        audit.auditor = text();
        audit.mode = m_random.bounded(2) ? AuditMode::SelfAudit : AuditMode::MysteryShop;
        audit.assignment = m_random.bounded(2) ? text() : QString();
        audit.startedAt = text();
        audit.submittedAt = m_random.bounded(2) ? text() : QString();
        if (m_random.bounded(2)) {
            CheckIn checkIn{number(), number(), std::nullopt, text()};
            if (m_random.bounded(2))
                checkIn.accuracy = number();
            audit.checkIn = checkIn;
        }
        for (int i = int(m_random.bounded(5)); i > 0; --i)
            audit.timeline.append(
                {text(), qint64(m_random.generate64()) >> m_random.bounded(64), text()});
        for (int i = int(m_random.bounded(30)); i > 0; --i) {
            Answer answer;
            if (m_random.bounded(4))
                answer.value = value();
            answer.notApplicable = m_random.bounded(5) == 0;
            answer.note = m_random.bounded(3) ? QString() : text(40);
            for (int p = int(m_random.bounded(3)); p > 0; --p)
                answer.photos.append(text(64));
            answer.answeredAt = m_random.bounded(2) ? text() : QString();
            audit.answers.insert(asciiId(), answer);
        }
        return audit;
    }

    std::optional<Centi> centi()
    {
        if (m_random.bounded(5) == 0)
            return std::nullopt;
        return Centi(m_random.bounded(-20000, 1000000));
    }

    // A score of `script` with random figures (not one the scorer would give).
    ScoreResult score(const Script &script)
    {
        ScoreResult score;
        score.overall = centi();
        score.uncapped = centi();
        score.passed = m_random.bounded(2) == 1;
        for (int i = int(m_random.bounded(4)); i > 0 && !script.items.isEmpty(); --i) {
            score.criticalFailures.append(int(m_random.bounded(int(script.items.size()))));
            score.missingRequired.append(int(m_random.bounded(int(script.items.size()))));
        }
        for (int s = 0; s < script.sections.size(); ++s)
            score.sections.append(
                {s, Centi(m_random.bounded(100000)), Centi(m_random.bounded(100000)), centi()});
        for (int i = int(m_random.bounded(4)); i > 0; --i) {
            score.touchpoints.append({text(), centi(), Centi(m_random.bounded(100000))});
            score.departments.append({text(), centi(), Centi(m_random.bounded(100000))});
        }
        if (m_random.bounded(2))
            score.nps = int(m_random.bounded(11));
        for (auto &metric : score.metrics)
            if (m_random.bounded(2))
                metric = number();
        for (int i = int(m_random.bounded(3)); i > 0; --i)
            score.timelineProblems.append(text(30));
        return score;
    }

private:
    QRandomGenerator m_random;
};

} // namespace tp::test
