<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingIcs</name>
    <message>
        <source>event &apos;%1&apos; needs a start and an end with a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &apos;%1&apos; names no agency; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingReportPdf</name>
    <message>
        <source>Meeting room usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: all bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved meetings: %1, hours used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>a room needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening hours must open before they close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with another approved booking made at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the store: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking %1 is %2 and cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking %1 cannot be approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capacity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which room?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>room &apos;%1&apos; has %n booking(s) and cannot be removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>room &apos;%1&apos; is the only room and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no occurrence of the series of booking %1 can become %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTable</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;, %2-%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingWriter</name>
    <message>
        <source>unknown room &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a booking needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a booking needs an organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a booking needs a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booking has zero length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of attendees cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attendees do not fit in %2 (capacity %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the opening hours of %1 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) cannot be booked: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the booking starts in the past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraImporter</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraListTable</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraRowParser</name>
    <message>
        <source>missing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (ptz or fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown media &apos;%1&apos; (fiber or wireless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad URL &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside -%2..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (online, offline or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos; (camera, power, media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate camera name &apos;%1&apos; at &apos;%2&apos;: already in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate camera name &apos;%1&apos; at &apos;%2&apos; in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraTerms</name>
    <message>
        <source>PTZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiber optic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster-prone area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building tax and billboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff discipline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pontivectl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera simulator host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulator RTSP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulator ONVIF port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo city loaded: %1 cameras at %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online, offline or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ptz or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiber or wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district (kecamatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use tag, e.g. traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in name, location or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be ptz or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--media must be fiber or wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be online, offline or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cameras show CAMERA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cameras add needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added camera %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cameras edit CAMERA [--name ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated camera %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cameras remove CAMERA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed camera %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cameras command &apos;%1&apos; (list, show, add, edit, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the good rows and report the bad ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (default: from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import FILE [--skip-bad] [--format csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported (use --skip-bad to import the good rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 cameras, %2 new locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 cameras to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: agencies %1 CODE NAME [--name-en NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: agencies remove CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agencies command &apos;%1&apos; (list, add, rename, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: locations add NAME --agency CODE [--district D --lat X --lon Y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number within -%2..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added location %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown locations command &apos;%1&apos; (list, add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one probe round, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds between rounds (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes at once (default 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per probe (default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval, --concurrency and --timeout take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONLINE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 camera(s) answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pontivectl health cause CAMERA camera|power|media --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cause must be camera, power or media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note is required: say what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cause recorded as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates like 2027-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date-time like 2027-01-12T09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book it approved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking add needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attendees must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--except: &apos;%1&apos; is not a date like 2027-01-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--equipment takes wall, projector and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked &apos;%1&apos; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked &apos;%1&apos;: %2 occurrences (ids %3-%4, series %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be requested, approved, rejected or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>booking %1 &apos;%2&apos; is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n booking(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import the events approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: booking import-ics FILE [--room R] [--agency A] [--approve]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown booking command &apos;%1&apos; (add, list, approve, reject, cancel, report, export-ics, import-ics, rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to watch (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last frame as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP over UDP instead of TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: probe URL [--seconds N] [--snapshot FILE.png] [--udp]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds must be 1..3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frames within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen this long, default 3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe from this IPv4 address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also probe this host directly (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the --unicast hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be 100 to 60000 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-multicast needs at least one --unicast host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ONVIF user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONVIF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from this variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, default: manufacturer and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiber (default) or wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onvif add URL --user USER --agency CODE --location NAME [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ONVIF address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onvif info URL --user USER [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: onvif discover|info|add ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 has no ONVIF address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number from -1 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move PAN TILT [ZOOM] [--for MS|--absolute|--relative]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be 1 to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ONVIF user (with an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media profile token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuous move duration, default 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to the position PAN TILT ZOOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move by PAN TILT ZOOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset token to overwrite (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move|stop|goto|set|remove|home|status|presets ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move PAN TILT [ZOOM] | stop | goto PRESET | set [NAME] [--token T] | remove PRESET | home | status | presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv, json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (required for pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv, json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technician&apos;s remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was fixed (YYYY-MM-DDTHH:MM, WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pontivectl health remark CAMERA --text TEXT [--fixed-at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fixed-at takes a WIB time like 2027-01-31T14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remark recorded, fixed %2 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remark recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pontivectl health check [--once] | list [--status S] [--format F] | cause CAMERA camera|power|media --note TEXT | remark CAMERA --text TEXT [--fixed-at TIME] | report --from DATE --to DATE [--format table|csv|json|pdf] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking report --format pdf needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote the report of %n meeting(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every occurrence of the booking&apos;s series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: booking %1 ID [--reason TEXT] [--series]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 of &apos;%2&apos; is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time like 07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity must be a whole number (0: not limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rooms command &apos;%1&apos; (list, add, edit, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: booking rooms %1 NAME [--opens 07:00] [--closes 21:00] [--capacity N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed room &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added room &apos;%1&apos; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room &apos;%1&apos;: %2-%3, capacity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take PTZ control from another station (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report summary|uptime|incidents [--from DATE --to DATE] [--format table|csv|json|pdf] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>the store is not empty; the demo city loads into an empty store only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthReportFormatter</name>
    <message>
        <source>All cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by network media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline incidents by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health %1 to %2 (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmonitored (no station running): %1 min, left out of uptime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY GOVERNMENT OF PONTIANAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMUNICATION AND INFORMATICS OFFICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pontive Center — the city&apos;s CCTV command room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMERA HEALTH REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pontianak, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name and signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The office&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: camera broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: network media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras by owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime of all cameras over the period: %1 % (%2 cameras, %3 offline incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime of all cameras over the period: unknown, no station was monitoring (%1 cameras, %2 offline incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station was monitoring for %1 h of the period: that time is unknown and left out of the uptime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by agency (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by network media (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Offline incidents by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to repair (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Monthly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was offline in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRepository</name>
    <message>
        <source>camera %1 has no offline incident to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTables</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to repair (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTerms</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>the selection lies outside the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection cuts through a tile; select whole tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid must be between 1x1 and 8x8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutRepository</name>
    <message>
        <source>no layout named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layout needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnvifClient</name>
    <message>
        <source>The camera&apos;s device information is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no PTZ service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no media service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera returned no usable stream address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera returned no usable snapshot address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no media profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s PTZ status is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not report its clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnvifDiscovery</name>
    <message>
        <source>Discovery cannot open a network socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discovery probe could be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnvifSimServer</name>
    <message>
        <source>The ONVIF simulator is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONVIF simulator cannot listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONVIF simulator cannot answer discovery on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtzOperations</name>
    <message>
        <source>The camera has no PTZ profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtzRepository</name>
    <message>
        <source>There is no camera %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 controls this camera until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patrol needs a name and at least one preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patrol was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such patrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of a patrol needs a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patrol stays at least %1 seconds at each preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera already has a patrol named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Pontive Wall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&apos;%1&apos; is not a recurrence rule (e.g. FREQ=WEEKLY;COUNT=4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only daily, weekly and monthly rules are allowed: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recurring booking needs an end: UNTIL=date or COUNT=n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 occurrences in one series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot expand the recurrence rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurrence rule &apos;%1&apos; leaves no occurrence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move between tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the tile alone (main stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause or resume the tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved layouts (presets while none is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload the cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose any layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamStatusText</name>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera unreachable (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid stream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attempt %1, next try in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReportFormatter</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offline: camera broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offline: power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offline: network media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offline: cause unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiber optic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agency (camera owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::AgencyRepository</name>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agency needs a code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; still owns points or cameras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::CameraRepository</name>
    <message>
        <source>no camera with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cameras are named &apos;%2&apos;; give the id or LOCATION/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera named &apos;%1&apos; already stands at this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new camera has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::CsvReader</name>
    <message>
        <source>unbalanced quotes: the quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Database</name>
    <message>
        <source>the Qt SQL driver for this store is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store path is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s folder is read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Pontive Wall store (not an SQLite database); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::DatabaseUrl</name>
    <message>
        <source>empty database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite URL without a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL without a database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported database URL; use sqlite:///path or postgresql://user@host:port/db</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::InventoryWriter</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::JoystickManager</name>
    <message>
        <source>Joysticks are not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::JsonRows</name>
    <message>
        <source>invalid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Layout</name>
    <message>
        <source>the grid must be between 1x1 and 8x8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tile lies outside the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the grid has no tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiles overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::LocationRepository</name>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new location has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cameras still stand at this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::MediaEngine</name>
    <message>
        <source>Video playback could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GStreamer plugin needed for video is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No H.264 video decoder is installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Migrations</name>
    <message>
        <source>the database holds tables that are not a Pontive Wall store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store was written by a newer Pontive Wall (schema %1, this program knows %2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed; the store is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::OnvifEnrolment</name>
    <message>
        <source>&apos;%1&apos; is not an ONVIF address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, firmware %3, serial %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::ProbeDetail</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TCP connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RTSP reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIBE answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RTSP URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RTSP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the camera wants credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: credentials rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503 Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404: no stream at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIBE gave no media description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Store</name>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in use or refers to something missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is busy; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::StreamPipeline</name>
    <message>
        <source>GStreamer element missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Tour</name>
    <message>
        <source>a tour needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tour needs cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dwell time must be at least %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::core::Url</name>
    <message>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::AgendaWallFollower</name>
    <message>
        <source>Meeting &quot;%1&quot;: the wall shows the layout &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &quot;%1&quot;: the layout &quot;%2&quot; does not exist; the wall stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::AlarmBanner</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingAgendaModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingAgendaView</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2, loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 - %2: %n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the agenda as a list instead of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingCalendarView</name>
    <message>
        <source> (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingConsole</name>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingDialog</name>
    <message>
        <source>Video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s agencies (pontivectl agencies add/rename/remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the wall stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi lalu lintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip dates: 19/01/2027, 26/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: the room can be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingPanel</name>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Booked: %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingReportDialog</name>
    <message>
        <source>Meeting room usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: meetings and hours per month, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved meeting(s), %1 hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingStatusDialog</name>
    <message>
        <source>Only this occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingTodayList</name>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; wall layout &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraDetails</name>
    <message>
        <source>Pontive Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONVIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a camera in the tree or on the wall to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraFilterBoxes</name>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraTreeModel</name>
    <message>
        <source>%1 (%2/%3 online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ALARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline alarm: not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Agency: %4&lt;br&gt;%5, %6&lt;br&gt;Status: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame: %1 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame: not on a screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraTreePanel</name>
    <message>
        <source>Search camera, location, district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::CauseDialog</name>
    <message>
        <source>Cause of the outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, e.g. the power company cut the supply since the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthConsole</name>
    <message>
        <source>Camera health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pontive Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offline alarm(s) acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;health view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge offline alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm &amp;sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera offline: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera back online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pontive Wall: camera offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthReportWindow</name>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera health reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras by owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by agency (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by network media (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations with the least uptime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to repair (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime by month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cameras, uptime %2 %, %3 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cameras, uptime unknown (nothing monitored), %2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthTableModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthView</name>
    <message>
        <source>Search camera, location, agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm or correct why the selected camera is offline, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cameras, %2 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::JoystickProfileDialog</name>
    <message>
        <source>Joystick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No joystick is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (GUID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1: %v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure dead zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the stick at rest for 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring: leave the stick at rest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead zones measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::JoystickStatus</name>
    <message>
        <source>Double-click to set up the joystick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joystick: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joystick: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PTZ tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joystick: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::LayoutEditorDialog</name>
    <message>
        <source>&amp;Merge cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to save the layout under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x%2 grid, %3 tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the layout a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout named &apos;%1&apos; is already saved. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::LayoutGridEditor</name>
    <message>
        <source>Drag across cells to select them; double-click a merged tile to split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more cells to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::MainWindow</name>
    <message>
        <source>Pontive Wall — Pontive Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cameras: %2 online, %3 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cameras from the store:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout of the wall (Ctrl+1..9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved layout &apos;%1&apos; for every station? The wall keeps showing it until you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when Pontive Wall starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::OfflineAlarm</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) went offline</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzOverlay</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the home position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to, save, rename or delete presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for PTZ control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit, start or stop patrols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzPatrolsDialog</name>
    <message>
        <source>PTZ patrols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrols of this camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Presets in order, with the time spent at each (at least %n seconds)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol %1 runs from %2 (%3), preset %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on the camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patrol %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one preset to the patrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patrol cannot run: this station does not control the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station does not control the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patrol runs on this camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzPresetsDialog</name>
    <message>
        <source>PTZ presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view over %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::ScreenMiniature</name>
    <message>
        <source>Screen %1: drop a camera on a tile; right-click to show a layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a preset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wall on %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::ScreenMiniatures</name>
    <message>
        <source>No wall screens open. Start with --wall to drive the wall monitors from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourControls</name>
    <message>
        <source>&amp;Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play, pause and edit tours (Space pauses on the wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1 on the whole wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1 on the selected tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tour &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause tours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourEditorDialog</name>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tile: one camera after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole wall: a page of cameras at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search camera or location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cameras, locations or agencies here from the camera tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a whole agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tour, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourPlayer</name>
    <message>
        <source>Tour %1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::VideoTile</name>
    <message>
        <source>Tile %1
Drop a camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video engine unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE — alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallPtz</name>
    <message>
        <source>PTZ control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ presets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTZ patrols...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallView</name>
    <message>
        <source>Show alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main stream (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stream (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume tours (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause tours (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 not saved: cannot write to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallWindow</name>
    <message>
        <source>Pontive Wall — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wall on %1? The screen will go blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pontivectl</name>
    <message>
        <source>create or upgrade the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the demo city into an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|show|add|edit|remove cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|add camera points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|add|rename|remove agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cameras from CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cameras as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pontivectl [--database URL] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: --database sqlite:///path/file.db or postgresql://user@host:port/db,
else $PONTIVE_DATABASE, else SQLite in the user&apos;s data folder.
Exit codes: 0 done, 1 bad input or refused, 2 usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode a stream and print what it delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover|info|add ONVIF cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move|stop|goto|set|remove|home|status|presets a PTZ camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera health: check|list|cause|report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book the room: add|list|approve|reject|cancel|report|export-ics|import-ics|rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary|uptime|incidents: the office&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
