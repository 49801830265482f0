#include "InboxMessage.h"

using namespace Qt::Literals::StringLiterals;

QString InboxMessage::stateId(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Verified:
        return u"verified"_s;
    case State::Expired:
        return u"expired"_s;
    case State::Burned:
        return u"burned"_s;
    }
    return {};
}

std::optional<InboxMessage::State> InboxMessage::stateFromId(QStringView id)
{
    for (const State state : {State::Pending, State::Verified, State::Expired, State::Burned}) {
        if (id == stateId(state))
            return state;
    }
    return std::nullopt;
}
