#include "SandboxMessage.h"

using namespace Qt::Literals::StringLiterals;

QString SandboxMessage::stateId(State state)
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
    case State::Evicted:
        return u"evicted"_s;
    }
    return u"pending"_s;
}

std::optional<SandboxMessage::State> SandboxMessage::stateFromId(QStringView id)
{
    for (State state :
         {State::Pending, State::Verified, State::Expired, State::Burned, State::Evicted}) {
        if (id == stateId(state))
            return state;
    }
    return std::nullopt;
}
