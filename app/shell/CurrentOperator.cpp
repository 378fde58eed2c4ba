#include "CurrentOperator.h"

namespace motcua::shell {

void CurrentOperator::signIn(const Session& session)
{
    m_session = session;
    m_locked = false;
    emit signedIn(session);
}

void CurrentOperator::signOut()
{
    if (!m_session)
        return;
    m_session.reset();
    m_locked = false;
    emit signedOut();
}

void CurrentOperator::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit lockChanged(locked);
}

} // namespace motcua::shell
