#pragma once

namespace pontive::ctl {

class CtlContext;

// booking rooms [list] | add NAME | edit NAME | remove NAME
int runBookingRooms(CtlContext &ctx);

} // namespace pontive::ctl
