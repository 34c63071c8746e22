#include "ctl_context.h"

#include "store/database.h"

#include <cstdio>

namespace pontive::ctl {

CtlContext::CtlContext(core::DatabaseUrl url, QStringList args)
    : m_url(std::move(url)), m_args(std::move(args)), m_out(stdout), m_err(stderr),
      m_actor(core::Actor::current())
{
}

CtlContext::~CtlContext() = default;

std::shared_ptr<core::Database> CtlContext::database()
{
    if (m_db)
        return m_db;
    auto opened = core::Database::open(m_url);
    if (!opened) {
        refuse(Error::make(opened.error().code, tr("store %1: %2").arg(m_url.displayName(), opened.error().message),
                           opened.error().detail));
        return nullptr;
    }
    m_db = *opened;
    return m_db;
}

int CtlContext::refuse(const Error &error)
{
    m_err << "pontivectl: " << error.message;
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("PONTIVE_DEBUG"))
        m_err << " (" << error.detail << ')';
    m_err << Qt::endl;
    return kRefused;
}

int CtlContext::refuse(const QString &message)
{
    m_err << "pontivectl: " << message << Qt::endl;
    return kRefused;
}

int CtlContext::usage(const QString &message)
{
    m_err << "pontivectl: " << message << '\n' << tr("Try 'pontivectl --help'.") << Qt::endl;
    return kUsage;
}

} // namespace pontive::ctl
