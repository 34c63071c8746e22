<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BookingIcs</name>
    <message>
        <source>event &apos;%1&apos; needs a start and an end with a time of day</source>
        <translation>acara &apos;%1&apos; memerlukan waktu mulai dan selesai dengan jam</translation>
    </message>
    <message>
        <source>event &apos;%1&apos; names no agency; give one</source>
        <translation>acara &apos;%1&apos; tidak menyebut dinas; berikan satu</translation>
    </message>
    <message>
        <source>the file is not an iCalendar file</source>
        <translation>berkas ini bukan berkas iCalendar</translation>
    </message>
    <message>
        <source>the file holds no events</source>
        <translation>berkas tidak berisi acara</translation>
    </message>
</context>
<context>
    <name>BookingReportPdf</name>
    <message>
        <source>Meeting room usage report</source>
        <translation>Laporan penggunaan ruang rapat</translation>
    </message>
    <message>
        <source>Period: %1 - %2</source>
        <translation>Periode: %1 - %2</translation>
    </message>
    <message>
        <source>Period: all bookings</source>
        <translation>Periode: semua pemesanan</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Ruang: %1</translation>
    </message>
    <message>
        <source>Printed: %1 WIB</source>
        <translation>Dicetak: %1 WIB</translation>
    </message>
    <message>
        <source>Approved meetings: %1, hours used: %2</source>
        <translation>Rapat disetujui: %1, jam terpakai: %2</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>Rapat per bulan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation>PDF tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>a room needs a name</source>
        <translation>ruangan memerlukan nama</translation>
    </message>
    <message>
        <source>the opening hours must open before they close</source>
        <translation>jam buka harus sebelum jam tutup</translation>
    </message>
    <message>
        <source>room &apos;%1&apos; already exists</source>
        <translation>ruangan &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>conflicts with another approved booking made at the same moment</source>
        <translation>bentrok dengan peminjaman lain yang disetujui pada saat yang sama</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the store: skipped</source>
        <translation>&apos;%1&apos; sudah ada di basis data: dilewati</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no booking %1</source>
        <translation>tidak ada peminjaman %1</translation>
    </message>
    <message>
        <source>booking %1 is %2 and cannot become %3</source>
        <translation>peminjaman %1 berstatus %2 dan tidak dapat menjadi %3</translation>
    </message>
    <message>
        <source>booking %1 cannot be approved: %2</source>
        <translation>peminjaman %1 tidak dapat disetujui: %2</translation>
    </message>
    <message>
        <source>the capacity cannot be negative</source>
        <translation>kapasitas tidak boleh negatif</translation>
    </message>
    <message>
        <source>which room?</source>
        <translation>ruang yang mana?</translation>
    </message>
    <message numerus="yes">
        <source>room &apos;%1&apos; has %n booking(s) and cannot be removed</source>
        <translation>
            <numerusform>ruang &apos;%1&apos; memiliki %n pemesanan dan tidak dapat dihapus</numerusform>
        </translation>
    </message>
    <message>
        <source>room &apos;%1&apos; is the only room and cannot be removed</source>
        <translation>ruang &apos;%1&apos; adalah satu-satunya ruang dan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>no occurrence of the series of booking %1 can become %2</source>
        <translation>tidak ada jadwal dalam seri pemesanan %1 yang dapat menjadi %2</translation>
    </message>
</context>
<context>
    <name>BookingTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation>Mulai (WIB)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <source>requested</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, %2-%3, %4</source>
        <translation>&apos;%1&apos;, %2-%3, %4</translation>
    </message>
    <message>
        <source>conflicts with %1</source>
        <translation>bentrok dengan %1</translation>
    </message>
</context>
<context>
    <name>BookingWriter</name>
    <message>
        <source>unknown room &apos;%1&apos;</source>
        <translation>ruangan &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>a booking needs a title</source>
        <translation>peminjaman memerlukan judul</translation>
    </message>
    <message>
        <source>a booking needs an organiser</source>
        <translation>peminjaman memerlukan penyelenggara</translation>
    </message>
    <message>
        <source>a booking needs a start and an end</source>
        <translation>peminjaman memerlukan waktu mulai dan selesai</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>waktu selesai (%1) sebelum waktu mulai (%2)</translation>
    </message>
    <message>
        <source>the booking has zero length</source>
        <translation>lama peminjaman nol</translation>
    </message>
    <message>
        <source>the number of attendees cannot be negative</source>
        <translation>jumlah peserta tidak boleh negatif</translation>
    </message>
    <message>
        <source>%1 attendees do not fit in %2 (capacity %3)</source>
        <translation>%1 peserta tidak muat di %2 (kapasitas %3)</translation>
    </message>
    <message>
        <source>outside the opening hours of %1 (%2-%3)</source>
        <translation>di luar jam buka %1 (%2-%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) cannot be booked: </source>
        <translation>
            <numerusform>%n kejadian tidak dapat dipesan: </numerusform>
        </translation>
    </message>
    <message>
        <source>the booking starts in the past (%1)</source>
        <translation>peminjaman dimulai di masa lalu (%1)</translation>
    </message>
</context>
<context>
    <name>CameraImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>kolom wajib tidak ada</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 kolom, padahal judul punya %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>CameraListTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation>Sejak (WIB)</translation>
    </message>
</context>
<context>
    <name>CameraRowParser</name>
    <message>
        <source>missing name</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>missing location</source>
        <translation>lokasi kosong</translation>
    </message>
    <message>
        <source>missing agency</source>
        <translation>dinas kosong</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (ptz or fixed)</source>
        <translation>jenis &apos;%1&apos; tidak dikenal (ptz atau statis)</translation>
    </message>
    <message>
        <source>unknown media &apos;%1&apos; (fiber or wireless)</source>
        <translation>media &apos;%1&apos; tidak dikenal (serat optik atau nirkabel)</translation>
    </message>
    <message>
        <source>bad URL &apos;%1&apos;: %2</source>
        <translation>URL &apos;%1&apos; salah: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <source>%1 is outside -%2..%2</source>
        <translation>%1 di luar rentang -%2..%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; bukan ya atau tidak</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (online, offline or unknown)</source>
        <translation>status &apos;%1&apos; tidak dikenal (daring, luring, atau tidak diketahui)</translation>
    </message>
    <message>
        <source>unknown cause &apos;%1&apos; (camera, power, media)</source>
        <translation>penyebab &apos;%1&apos; tidak dikenal (kamera, listrik, media)</translation>
    </message>
    <message>
        <source>duplicate camera name &apos;%1&apos; at &apos;%2&apos;: already in the store</source>
        <translation>nama kamera &apos;%1&apos; di &apos;%2&apos; ganda: sudah ada di basis data</translation>
    </message>
    <message>
        <source>duplicate camera name &apos;%1&apos; at &apos;%2&apos; in this file</source>
        <translation>nama kamera &apos;%1&apos; di &apos;%2&apos; ganda dalam berkas ini</translation>
    </message>
</context>
<context>
    <name>CameraTerms</name>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Statis</translation>
    </message>
    <message>
        <source>Fiber optic</source>
        <translation>Serat optik</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Nirkabel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Camera broken</source>
        <translation>Kamera rusak</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Listrik</translation>
    </message>
    <message>
        <source>Network media</source>
        <translation>Media jaringan</translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation>Penyebab tidak diketahui</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Lalu lintas</translation>
    </message>
    <message>
        <source>Disaster-prone area</source>
        <translation>Daerah rawan bencana</translation>
    </message>
    <message>
        <source>Building tax and billboards</source>
        <translation>Pajak bangunan dan reklame</translation>
    </message>
    <message>
        <source>Infrastructure works</source>
        <translation>Pekerjaan infrastruktur</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Pelayanan publik</translation>
    </message>
    <message>
        <source>Staff discipline</source>
        <translation>Disiplin pegawai</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>store %1: %2</source>
        <translation>basis data %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;pontivectl --help&apos;.</source>
        <translation>Coba &apos;pontivectl --help&apos;.</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>variabel lingkungan %1 belum diisi</translation>
    </message>
    <message>
        <source>store ready: %1 (schema %2)</source>
        <translation>basis data siap: %1 (skema %2)</translation>
    </message>
    <message>
        <source>camera simulator host</source>
        <translation>host simulator kamera</translation>
    </message>
    <message>
        <source>simulator RTSP port</source>
        <translation>port RTSP simulator</translation>
    </message>
    <message>
        <source>simulator ONVIF port</source>
        <translation>port ONVIF simulator</translation>
    </message>
    <message>
        <source>ports must be numbers</source>
        <translation>port harus berupa angka</translation>
    </message>
    <message>
        <source>demo city loaded: %1 cameras at %2 points</source>
        <translation>kota demo dimuat: %1 kamera di %2 titik</translation>
    </message>
    <message>
        <source>owning agency</source>
        <translation>dinas pemilik</translation>
    </message>
    <message>
        <source>online, offline or unknown</source>
        <translation>daring, luring, atau tidak diketahui</translation>
    </message>
    <message>
        <source>ptz or fixed</source>
        <translation>ptz atau statis</translation>
    </message>
    <message>
        <source>fiber or wireless</source>
        <translation>serat optik atau nirkabel</translation>
    </message>
    <message>
        <source>district (kecamatan)</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>use tag, e.g. traffic</source>
        <translation>label kegunaan, mis. traffic</translation>
    </message>
    <message>
        <source>text in name, location or notes</source>
        <translation>teks dalam nama, lokasi, atau catatan</translation>
    </message>
    <message>
        <source>table, csv or json</source>
        <translation>tabel, csv, atau json</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>baca kata sandi dari masukan standar</translation>
    </message>
    <message>
        <source>enable the camera</source>
        <translation>aktifkan kamera</translation>
    </message>
    <message>
        <source>disable the camera</source>
        <translation>nonaktifkan kamera</translation>
    </message>
    <message>
        <source>--kind must be ptz or fixed</source>
        <translation>--kind harus ptz atau fixed</translation>
    </message>
    <message>
        <source>--media must be fiber or wireless</source>
        <translation>--media harus fiber atau wireless</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>--status must be online, offline or unknown</source>
        <translation>--status harus online, offline, atau unknown</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format harus table, csv, atau json</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n kamera</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cameras show CAMERA</source>
        <translation>pemakaian: cameras show KAMERA</translation>
    </message>
    <message>
        <source>cameras add needs --%1</source>
        <translation>cameras add memerlukan --%1</translation>
    </message>
    <message>
        <source>added camera %1 (id %2)</source>
        <translation>kamera %1 ditambahkan (id %2)</translation>
    </message>
    <message>
        <source>usage: cameras edit CAMERA [--name ...]</source>
        <translation>pemakaian: cameras edit KAMERA [--name ...]</translation>
    </message>
    <message>
        <source>updated camera %1 (id %2)</source>
        <translation>kamera %1 diperbarui (id %2)</translation>
    </message>
    <message>
        <source>usage: cameras remove CAMERA</source>
        <translation>pemakaian: cameras remove KAMERA</translation>
    </message>
    <message>
        <source>removed camera %1 (id %2)</source>
        <translation>kamera %1 dihapus (id %2)</translation>
    </message>
    <message>
        <source>unknown cameras command &apos;%1&apos; (list, show, add, edit, remove)</source>
        <translation>perintah cameras &apos;%1&apos; tidak dikenal (list, show, add, edit, remove)</translation>
    </message>
    <message>
        <source>write the good rows and report the bad ones</source>
        <translation>tulis baris yang benar dan laporkan yang salah</translation>
    </message>
    <message>
        <source>csv or json (default: from the file)</source>
        <translation>csv atau json (bawaan: dari berkas)</translation>
    </message>
    <message>
        <source>usage: import FILE [--skip-bad] [--format csv|json]</source>
        <translation>pemakaian: import BERKAS [--skip-bad] [--format csv|json]</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format harus csv atau json</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>tidak ada yang diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported (use --skip-bad to import the good rows)</source>
        <translation>
            <numerusform>%n baris salah; tidak ada yang diimpor (gunakan --skip-bad untuk mengimpor baris yang benar)</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 cameras, %2 new locations</source>
        <translation>%1 kamera diimpor, %2 lokasi baru</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv atau json</translation>
    </message>
    <message>
        <source>include passwords</source>
        <translation>sertakan kata sandi</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>tulis ke BERKAS, bukan ke keluaran standar</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>tidak dapat menulis ke keluaran standar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>exported %1 cameras to %2</source>
        <translation>%1 kamera diekspor ke %2</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nama Inggris</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>usage: agencies %1 CODE NAME [--name-en NAME]</source>
        <translation>pemakaian: agencies %1 KODE NAMA [--name-en NAMA]</translation>
    </message>
    <message>
        <source>agency %1 saved</source>
        <translation>dinas %1 disimpan</translation>
    </message>
    <message>
        <source>usage: agencies remove CODE</source>
        <translation>pemakaian: agencies remove KODE</translation>
    </message>
    <message>
        <source>agency %1 removed</source>
        <translation>dinas %1 dihapus</translation>
    </message>
    <message>
        <source>unknown agencies command &apos;%1&apos; (list, add, rename, remove)</source>
        <translation>perintah agencies &apos;%1&apos; tidak dikenal (list, add, rename, remove)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>usage: locations add NAME --agency CODE [--district D --lat X --lon Y]</source>
        <translation>pemakaian: locations add NAMA --agency KODE [--district K --lat X --lon Y]</translation>
    </message>
    <message>
        <source>--%1 must be a number within -%2..%2</source>
        <translation>--%1 harus angka dalam rentang -%2..%2</translation>
    </message>
    <message>
        <source>added location %1 (id %2)</source>
        <translation>lokasi %1 ditambahkan (id %2)</translation>
    </message>
    <message>
        <source>unknown locations command &apos;%1&apos; (list, add)</source>
        <translation>perintah locations &apos;%1&apos; tidak dikenal (list, add)</translation>
    </message>
    <message>
        <source>how many rows</source>
        <translation>berapa baris</translation>
    </message>
    <message>
        <source>When (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>one probe round, then exit</source>
        <translation>satu putaran pemeriksaan, lalu keluar</translation>
    </message>
    <message>
        <source>seconds between rounds (default 60)</source>
        <translation>detik antar putaran (bawaan 60)</translation>
    </message>
    <message>
        <source>probes at once (default 16)</source>
        <translation>pemeriksaan sekaligus (bawaan 16)</translation>
    </message>
    <message>
        <source>seconds per probe (default 5)</source>
        <translation>detik per pemeriksaan (bawaan 5)</translation>
    </message>
    <message>
        <source>--interval, --concurrency and --timeout take whole numbers</source>
        <translation>--interval, --concurrency, dan --timeout harus bilangan bulat</translation>
    </message>
    <message>
        <source>OFFLINE %1 (%2)</source>
        <translation>LURING %1 (%2)</translation>
    </message>
    <message>
        <source>ONLINE %1</source>
        <translation>DARING %1</translation>
    </message>
    <message>
        <source>%1 of %2 camera(s) answering</source>
        <translation>%1 dari %2 kamera menjawab</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>apa yang ditemukan</translation>
    </message>
    <message>
        <source>usage: pontivectl health cause CAMERA camera|power|media --note TEXT</source>
        <translation>pemakaian: pontivectl health cause KAMERA camera|power|media --note TEKS</translation>
    </message>
    <message>
        <source>the cause must be camera, power or media</source>
        <translation>penyebab harus camera, power, atau media</translation>
    </message>
    <message>
        <source>--note is required: say what was found</source>
        <translation>--note wajib: sebutkan apa yang ditemukan</translation>
    </message>
    <message>
        <source>%1: cause recorded as %2</source>
        <translation>%1: penyebab dicatat sebagai %2</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, WIB)</source>
        <translation>hari pertama (YYYY-MM-DD, WIB)</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, WIB)</source>
        <translation>hari terakhir, termasuk (YYYY-MM-DD, WIB)</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2027-01-31</source>
        <translation>--from dan --to berupa tanggal seperti 2027-01-31</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to tidak boleh sebelum --from</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date-time like 2027-01-12T09:00</source>
        <translation>--%1: &apos;%2&apos; bukan tanggal-waktu seperti 2027-01-12T09:00</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>book it approved at once</source>
        <translation>langsung setujui peminjaman</translation>
    </message>
    <message>
        <source>booking add needs --%1</source>
        <translation>booking add memerlukan --%1</translation>
    </message>
    <message>
        <source>--attendees must be a whole number</source>
        <translation>--attendees harus bilangan bulat</translation>
    </message>
    <message>
        <source>--except: &apos;%1&apos; is not a date like 2027-01-19</source>
        <translation>--except: &apos;%1&apos; bukan tanggal seperti 2027-01-19</translation>
    </message>
    <message>
        <source>--equipment takes wall, projector and sound</source>
        <translation>--equipment berisi wall, projector, dan sound</translation>
    </message>
    <message>
        <source>booked &apos;%1&apos; (id %2)</source>
        <translation>&apos;%1&apos; dipesan (id %2)</translation>
    </message>
    <message>
        <source>booked &apos;%1&apos;: %2 occurrences (ids %3-%4, series %5)</source>
        <translation>&apos;%1&apos; dipesan: %2 kejadian (id %3-%4, seri %5)</translation>
    </message>
    <message>
        <source>--status must be requested, approved, rejected or cancelled</source>
        <translation>--status harus requested, approved, rejected, atau cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n peminjaman</numerusform>
        </translation>
    </message>
    <message>
        <source>booking %1 &apos;%2&apos; is now %3</source>
        <translation>peminjaman %1 &apos;%2&apos; sekarang %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n booking(s) to %1</source>
        <translation>
            <numerusform>%n peminjaman ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>import the events approved</source>
        <translation>impor acara sebagai disetujui</translation>
    </message>
    <message>
        <source>usage: booking import-ics FILE [--room R] [--agency A] [--approve]</source>
        <translation>pemakaian: booking import-ics BERKAS [--room R] [--agency A] [--approve]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n booking(s)</source>
        <translation>
            <numerusform>%n peminjaman diimpor</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>unknown booking command &apos;%1&apos; (add, list, approve, reject, cancel, report, export-ics, import-ics, rooms)</source>
        <translation>perintah booking &apos;%1&apos; tidak dikenal (add, list, approve, reject, cancel, report, export-ics, import-ics, rooms)</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>perangkat keras</translation>
    </message>
    <message>
        <source>software</source>
        <translation>perangkat lunak</translation>
    </message>
    <message>
        <source>How long to watch (default 5).</source>
        <translation>Berapa lama diamati (bawaan 5).</translation>
    </message>
    <message>
        <source>Save the last frame as PNG.</source>
        <translation>Simpan bingkai terakhir sebagai PNG.</translation>
    </message>
    <message>
        <source>RTP over UDP instead of TCP.</source>
        <translation>RTP lewat UDP, bukan TCP.</translation>
    </message>
    <message>
        <source>usage: probe URL [--seconds N] [--snapshot FILE.png] [--udp]</source>
        <translation>pemakaian: probe URL [--seconds N] [--snapshot BERKAS.png] [--udp]</translation>
    </message>
    <message>
        <source>--seconds must be 1..3600</source>
        <translation>--seconds harus 1..3600</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>state</source>
        <translation>keadaan</translation>
    </message>
    <message>
        <source>codec</source>
        <translation>kodek</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>dekoder</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolusi</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/dtk</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>bingkai pertama</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>bingkai</translation>
    </message>
    <message>
        <source>no frames within %1 s</source>
        <translation>tidak ada bingkai dalam %1 dtk</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>cuplikan</translation>
    </message>
    <message>
        <source>listen this long, default 3000</source>
        <translation>dengarkan selama ini, bawaan 3000</translation>
    </message>
    <message>
        <source>probe from this IPv4 address only</source>
        <translation>periksa hanya dari alamat IPv4 ini</translation>
    </message>
    <message>
        <source>also probe this host directly (repeatable)</source>
        <translation>periksa juga host ini secara langsung (boleh berulang)</translation>
    </message>
    <message>
        <source>only the --unicast hosts</source>
        <translation>hanya host --unicast</translation>
    </message>
    <message>
        <source>table or json</source>
        <translation>tabel atau json</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format harus table atau json</translation>
    </message>
    <message>
        <source>--timeout must be 100 to 60000 ms</source>
        <translation>--timeout harus 100 sampai 60000 md</translation>
    </message>
    <message>
        <source>--no-multicast needs at least one --unicast host</source>
        <translation>--no-multicast memerlukan minimal satu host --unicast</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>ditemukan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) answered</source>
        <translation>
            <numerusform>%n kamera menjawab</numerusform>
        </translation>
    </message>
    <message>
        <source>ONVIF user</source>
        <translation>pengguna ONVIF</translation>
    </message>
    <message>
        <source>ONVIF password</source>
        <translation>kata sandi ONVIF</translation>
    </message>
    <message>
        <source>read the password from this variable</source>
        <translation>baca kata sandi dari variabel ini</translation>
    </message>
    <message>
        <source>camera point</source>
        <translation>titik kamera</translation>
    </message>
    <message>
        <source>name, default: manufacturer and model</source>
        <translation>nama, bawaan: pabrikan dan model</translation>
    </message>
    <message>
        <source>fiber (default) or wireless</source>
        <translation>fiber (bawaan) atau wireless</translation>
    </message>
    <message>
        <source>usage: onvif add URL --user USER --agency CODE --location NAME [--name NAME]</source>
        <translation>pemakaian: onvif add URL --user PENGGUNA --agency KODE --location NAMA [--name NAMA]</translation>
    </message>
    <message>
        <source>%1 is not an ONVIF address</source>
        <translation>%1 bukan alamat ONVIF</translation>
    </message>
    <message>
        <source>usage: onvif info URL --user USER [--password-stdin]</source>
        <translation>pemakaian: onvif info URL --user PENGGUNA [--password-stdin]</translation>
    </message>
    <message>
        <source>usage: onvif discover|info|add ...</source>
        <translation>pemakaian: onvif discover|info|add ...</translation>
    </message>
    <message>
        <source>camera %1 has no ONVIF address</source>
        <translation>kamera %1 tidak memiliki alamat ONVIF</translation>
    </message>
    <message>
        <source>%1 is not a number from -1 to 1</source>
        <translation>%1 bukan angka dari -1 sampai 1</translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move PAN TILT [ZOOM] [--for MS|--absolute|--relative]</source>
        <translation>pemakaian: ptz KAMERA move PAN TILT [ZOOM] [--for MD|--absolute|--relative]</translation>
    </message>
    <message>
        <source>--for must be 1 to %1 ms</source>
        <translation>--for harus 1 sampai %1 md</translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s)</source>
        <translation>
            <numerusform>%n preset</numerusform>
        </translation>
    </message>
    <message>
        <source>ONVIF user (with an address)</source>
        <translation>pengguna ONVIF (dengan alamat)</translation>
    </message>
    <message>
        <source>media profile token</source>
        <translation>token profil media</translation>
    </message>
    <message>
        <source>continuous move duration, default 1000</source>
        <translation>lama gerak kontinu, bawaan 1000</translation>
    </message>
    <message>
        <source>move to the position PAN TILT ZOOM</source>
        <translation>pindah ke posisi PAN TILT ZOOM</translation>
    </message>
    <message>
        <source>move by PAN TILT ZOOM</source>
        <translation>geser sebesar PAN TILT ZOOM</translation>
    </message>
    <message>
        <source>preset token to overwrite (set)</source>
        <translation>token preset yang ditimpa (set)</translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move|stop|goto|set|remove|home|status|presets ...</source>
        <translation>pemakaian: ptz KAMERA move|stop|goto|set|remove|home|status|presets ...</translation>
    </message>
    <message>
        <source>usage: ptz CAMERA move PAN TILT [ZOOM] | stop | goto PRESET | set [NAME] [--token T] | remove PRESET | home | status | presets</source>
        <translation>pemakaian: ptz KAMERA move PAN TILT [ZOOM] | stop | goto PRESET | set [NAMA] [--token T] | remove PRESET | home | status | presets</translation>
    </message>
    <message>
        <source>table, csv, json or pdf</source>
        <translation>table, csv, json atau pdf</translation>
    </message>
    <message>
        <source>file to write (required for pdf)</source>
        <translation>berkas tujuan (wajib untuk pdf)</translation>
    </message>
    <message>
        <source>--format must be table, csv, json or pdf</source>
        <translation>--format harus table, csv, json atau pdf</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf memerlukan --output BERKAS</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>laporan ditulis ke %1</translation>
    </message>
    <message>
        <source>the technician&apos;s remark</source>
        <translation>keterangan teknisi</translation>
    </message>
    <message>
        <source>when it was fixed (YYYY-MM-DDTHH:MM, WIB)</source>
        <translation>kapan diperbaiki (YYYY-MM-DDTHH:MM, WIB)</translation>
    </message>
    <message>
        <source>usage: pontivectl health remark CAMERA --text TEXT [--fixed-at TIME]</source>
        <translation>penggunaan: pontivectl health remark KAMERA --text TEKS [--fixed-at WAKTU]</translation>
    </message>
    <message>
        <source>--fixed-at takes a WIB time like 2027-01-31T14:30</source>
        <translation>--fixed-at berisi waktu WIB seperti 2027-01-31T14:30</translation>
    </message>
    <message>
        <source>%1: remark recorded, fixed %2 WIB</source>
        <translation>%1: keterangan dicatat, diperbaiki %2 WIB</translation>
    </message>
    <message>
        <source>%1: remark recorded</source>
        <translation>%1: keterangan dicatat</translation>
    </message>
    <message>
        <source>usage: pontivectl health check [--once] | list [--status S] [--format F] | cause CAMERA camera|power|media --note TEXT | remark CAMERA --text TEXT [--fixed-at TIME] | report --from DATE --to DATE [--format table|csv|json|pdf] [--output FILE]</source>
        <translation>penggunaan: pontivectl health check [--once] | list [--status S] [--format F] | cause KAMERA camera|power|media --note TEKS | remark KAMERA --text TEKS [--fixed-at WAKTU] | report --from TANGGAL --to TANGGAL [--format table|csv|json|pdf] [--output BERKAS]</translation>
    </message>
    <message>
        <source>booking report --format pdf needs --output FILE</source>
        <translation>booking report --format pdf memerlukan --output BERKAS</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>semua ruang</translation>
    </message>
    <message numerus="yes">
        <source>wrote the report of %n meeting(s) to %1</source>
        <translation>
            <numerusform>laporan %n rapat ditulis ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>every occurrence of the booking&apos;s series</source>
        <translation>semua jadwal dalam seri pemesanan</translation>
    </message>
    <message>
        <source>usage: booking %1 ID [--reason TEXT] [--series]</source>
        <translation>penggunaan: booking %1 ID [--reason TEKS] [--series]</translation>
    </message>
    <message>
        <source>series %1 of &apos;%2&apos; is now %3</source>
        <translation>seri %1 dari &apos;%2&apos; sekarang %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time like 07:00</source>
        <translation>--%1: &apos;%2&apos; bukan jam seperti 07:00</translation>
    </message>
    <message>
        <source>--capacity must be a whole number (0: not limited)</source>
        <translation>--capacity harus bilangan bulat (0: tidak dibatasi)</translation>
    </message>
    <message>
        <source>unknown rooms command &apos;%1&apos; (list, add, edit, remove)</source>
        <translation>perintah rooms &apos;%1&apos; tidak dikenal (list, add, edit, remove)</translation>
    </message>
    <message>
        <source>usage: booking rooms %1 NAME [--opens 07:00] [--closes 21:00] [--capacity N]</source>
        <translation>penggunaan: booking rooms %1 NAMA [--opens 07:00] [--closes 21:00] [--capacity N]</translation>
    </message>
    <message>
        <source>removed room &apos;%1&apos;</source>
        <translation>ruang &apos;%1&apos; dihapus</translation>
    </message>
    <message>
        <source>added room &apos;%1&apos; (id %2)</source>
        <translation>ruang &apos;%1&apos; ditambahkan (id %2)</translation>
    </message>
    <message>
        <source>room &apos;%1&apos;: %2-%3, capacity %4</source>
        <translation>ruang &apos;%1&apos;: %2-%3, kapasitas %4</translation>
    </message>
    <message>
        <source>take PTZ control from another station (admin)</source>
        <translation>ambil alih kendali PTZ dari stasiun lain (admin)</translation>
    </message>
    <message>
        <source>usage: report summary|uptime|incidents [--from DATE --to DATE] [--format table|csv|json|pdf] [--output FILE]</source>
        <translation>penggunaan: report summary|uptime|incidents [--from TANGGAL --to TANGGAL] [--format table|csv|json|pdf] [--output BERKAS]</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>the store is not empty; the demo city loads into an empty store only</source>
        <translation>basis data tidak kosong; kota demo hanya dimuat ke basis data kosong</translation>
    </message>
</context>
<context>
    <name>HealthReportFormatter</name>
    <message>
        <source>All cameras</source>
        <translation>Semua kamera</translation>
    </message>
    <message>
        <source>Uptime by agency</source>
        <translation>Waktu aktif per dinas</translation>
    </message>
    <message>
        <source>Uptime by network media</source>
        <translation>Waktu aktif per media jaringan</translation>
    </message>
    <message>
        <source>Uptime by location</source>
        <translation>Waktu aktif per lokasi</translation>
    </message>
    <message>
        <source>Uptime by camera</source>
        <translation>Waktu aktif per kamera</translation>
    </message>
    <message>
        <source>Offline incidents by cause</source>
        <translation>Kejadian luring per penyebab</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tren bulanan</translation>
    </message>
    <message>
        <source>Offline incidents</source>
        <translation>Kejadian luring</translation>
    </message>
    <message>
        <source>Camera health %1 to %2 (WIB)</source>
        <translation>Kesehatan kamera %1 sampai %2 (WIB)</translation>
    </message>
    <message>
        <source>Unmonitored (no station running): %1 min, left out of uptime</source>
        <translation>Tidak dipantau (tidak ada stasiun berjalan): %1 menit, tidak dihitung dalam waktu aktif</translation>
    </message>
</context>
<context>
    <name>HealthReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Halaman %1</translation>
    </message>
    <message>
        <source>%1 – %2 (WIB)</source>
        <translation>%1 – %2 (WIB)</translation>
    </message>
    <message>
        <source>Camera health report %1</source>
        <translation>Laporan kesehatan kamera %1</translation>
    </message>
    <message>
        <source>CITY GOVERNMENT OF PONTIANAK</source>
        <translation>PEMERINTAH KOTA PONTIANAK</translation>
    </message>
    <message>
        <source>COMMUNICATION AND INFORMATICS OFFICE</source>
        <translation>DINAS KOMUNIKASI DAN INFORMATIKA</translation>
    </message>
    <message>
        <source>Pontive Center — the city&apos;s CCTV command room</source>
        <translation>Pontive Center — ruang kendali CCTV kota</translation>
    </message>
    <message>
        <source>CAMERA HEALTH REPORT</source>
        <translation>LAPORAN KESEHATAN KAMERA</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Printed %1 WIB</source>
        <translation>Dicetak %1 WIB</translation>
    </message>
    <message>
        <source>Pontianak, %1</source>
        <translation>Pontianak, %1</translation>
    </message>
    <message>
        <source>Prepared by,</source>
        <translation>Disusun oleh,</translation>
    </message>
    <message>
        <source>(name and signature)</source>
        <translation>(nama dan tanda tangan)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Camera health report</source>
        <translation>Laporan kesehatan kamera</translation>
    </message>
    <message>
        <source>1. The office&apos;s summary</source>
        <translation>1. Ringkasan dinas</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Cameras installed</source>
        <translation>Kamera terpasang</translation>
    </message>
    <message>
        <source>Offline: camera broken</source>
        <translation>Luring: kamera rusak</translation>
    </message>
    <message>
        <source>Offline: power</source>
        <translation>Luring: listrik</translation>
    </message>
    <message>
        <source>Offline: network media</source>
        <translation>Luring: media jaringan</translation>
    </message>
    <message>
        <source>Camera points</source>
        <translation>Titik kamera</translation>
    </message>
    <message>
        <source>Cameras by status</source>
        <translation>Kamera per status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Titik</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>By owning agency</source>
        <translation>Per dinas pemilik</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Cameras by owning agency</source>
        <translation>Kamera per dinas pemilik</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>2. Uptime</source>
        <translation>2. Waktu aktif</translation>
    </message>
    <message>
        <source>Uptime of all cameras over the period: %1 % (%2 cameras, %3 offline incidents)</source>
        <translation>Waktu aktif seluruh kamera selama periode: %1 % (%2 kamera, %3 gangguan luring)</translation>
    </message>
    <message>
        <source>Uptime of all cameras over the period: unknown, no station was monitoring (%1 cameras, %2 offline incidents)</source>
        <translation>Waktu aktif seluruh kamera selama periode: tidak diketahui, tidak ada stasiun yang memantau (%1 kamera, %2 gangguan luring)</translation>
    </message>
    <message>
        <source>No station was monitoring for %1 h of the period: that time is unknown and left out of the uptime.</source>
        <translation>Tidak ada stasiun yang memantau selama %1 jam dari periode ini: waktu itu tidak diketahui dan tidak dihitung dalam waktu aktif.</translation>
    </message>
    <message>
        <source>Uptime by agency (%)</source>
        <translation>Waktu aktif per dinas (%)</translation>
    </message>
    <message>
        <source>Uptime by network media (%)</source>
        <translation>Waktu aktif per media jaringan (%)</translation>
    </message>
    <message>
        <source>Uptime by location</source>
        <translation>Waktu aktif per lokasi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation>Waktu aktif %</translation>
    </message>
    <message>
        <source>Offline (h)</source>
        <translation>Luring (jam)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Uptime by camera</source>
        <translation>Waktu aktif per kamera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>3. Offline incidents by cause</source>
        <translation>3. Gangguan luring per penyebab</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Mean time to repair (h)</source>
        <translation>Rata-rata waktu perbaikan (jam)</translation>
    </message>
    <message>
        <source>Incidents by cause</source>
        <translation>Gangguan per penyebab</translation>
    </message>
    <message>
        <source>4. Monthly trend</source>
        <translation>4. Tren bulanan</translation>
    </message>
    <message>
        <source>Uptime by month (%)</source>
        <translation>Waktu aktif per bulan (%)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>5. Incidents</source>
        <translation>5. Gangguan</translation>
    </message>
    <message>
        <source>No camera was offline in this period.</source>
        <translation>Tidak ada kamera yang luring pada periode ini.</translation>
    </message>
    <message>
        <source>still offline</source>
        <translation>masih luring</translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation>Mulai (WIB)</translation>
    </message>
    <message>
        <source>End (WIB)</source>
        <translation>Selesai (WIB)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Durasi (jam)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>HealthRepository</name>
    <message>
        <source>camera %1 has no offline incident to explain</source>
        <translation>kamera %1 tidak memiliki kejadian luring untuk dijelaskan</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>tidak ada kejadian dengan id %1</translation>
    </message>
</context>
<context>
    <name>HealthTables</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation>Sejak (WIB)</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Gejala</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation>Waktu aktif %</translation>
    </message>
    <message>
        <source>Offline (min)</source>
        <translation>Luring (menit)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Mean time to repair (min)</source>
        <translation>Rata-rata waktu perbaikan (menit)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Start (WIB)</source>
        <translation>Mulai (WIB)</translation>
    </message>
    <message>
        <source>End (WIB)</source>
        <translation>Selesai (WIB)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Lama (menit)</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Dikonfirmasi oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Teknisi</translation>
    </message>
    <message>
        <source>Fixed (WIB)</source>
        <translation>Diperbaiki (WIB)</translation>
    </message>
</context>
<context>
    <name>HealthTerms</name>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>tidak terjangkau</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>waktu habis</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autentikasi gagal</translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation>siaran tidak ditemukan</translation>
    </message>
    <message>
        <source>stream error</source>
        <translation>galat siaran</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>the selection lies outside the grid</source>
        <translation>pilihan berada di luar kisi</translation>
    </message>
    <message>
        <source>the selection cuts through a tile; select whole tiles</source>
        <translation>pilihan memotong ubin; pilih ubin utuh</translation>
    </message>
    <message>
        <source>no such tile</source>
        <translation>ubin tidak ada</translation>
    </message>
    <message>
        <source>the grid must be between 1x1 and 8x8</source>
        <translation>kisi harus antara 1x1 dan 8x8</translation>
    </message>
</context>
<context>
    <name>LayoutRepository</name>
    <message>
        <source>no layout named &apos;%1&apos;</source>
        <translation>tidak ada tata letak bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a layout needs a name</source>
        <translation>tata letak memerlukan nama</translation>
    </message>
    <message>
        <source>layout &apos;%1&apos;: %2</source>
        <translation>tata letak &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>tour &apos;%1&apos;: %2</source>
        <translation>tur &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos;</source>
        <translation>tidak ada %1 bernama &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>OnvifClient</name>
    <message>
        <source>The camera&apos;s device information is empty.</source>
        <translation>Informasi perangkat kamera kosong.</translation>
    </message>
    <message>
        <source>The camera has no PTZ service.</source>
        <translation>Kamera tidak memiliki layanan PTZ.</translation>
    </message>
    <message>
        <source>The camera has no media service.</source>
        <translation>Kamera tidak memiliki layanan media.</translation>
    </message>
    <message>
        <source>The camera returned no usable stream address.</source>
        <translation>Kamera tidak memberikan alamat stream yang dapat dipakai.</translation>
    </message>
    <message>
        <source>The camera returned no usable snapshot address.</source>
        <translation>Kamera tidak memberikan alamat snapshot yang dapat dipakai.</translation>
    </message>
    <message>
        <source>The camera has no media profile.</source>
        <translation>Kamera tidak memiliki profil media.</translation>
    </message>
    <message>
        <source>The camera&apos;s PTZ status is empty.</source>
        <translation>Status PTZ kamera kosong.</translation>
    </message>
    <message>
        <source>The camera did not report its clock.</source>
        <translation>Kamera tidak melaporkan jamnya.</translation>
    </message>
</context>
<context>
    <name>OnvifDiscovery</name>
    <message>
        <source>Discovery cannot open a network socket.</source>
        <translation>Penemuan kamera tidak dapat membuka soket jaringan.</translation>
    </message>
    <message>
        <source>No discovery probe could be sent.</source>
        <translation>Tidak ada probe penemuan yang dapat dikirim.</translation>
    </message>
</context>
<context>
    <name>OnvifSimServer</name>
    <message>
        <source>The ONVIF simulator is already running.</source>
        <translation>Simulator ONVIF sudah berjalan.</translation>
    </message>
    <message>
        <source>The ONVIF simulator cannot listen on port %1.</source>
        <translation>Simulator ONVIF tidak dapat mendengarkan di port %1.</translation>
    </message>
    <message>
        <source>The ONVIF simulator cannot answer discovery on port %1.</source>
        <translation>Simulator ONVIF tidak dapat menjawab penemuan di port %1.</translation>
    </message>
</context>
<context>
    <name>PtzOperations</name>
    <message>
        <source>The camera has no PTZ profile.</source>
        <translation>Kamera tidak memiliki profil PTZ.</translation>
    </message>
</context>
<context>
    <name>PtzRepository</name>
    <message>
        <source>There is no camera %1.</source>
        <translation>Tidak ada kamera %1.</translation>
    </message>
    <message>
        <source>%1 at %2 controls this camera until %3.</source>
        <translation>%1 di %2 mengendalikan kamera ini sampai %3.</translation>
    </message>
    <message>
        <source>A patrol needs a name and at least one preset.</source>
        <translation>Patroli perlu nama dan sedikitnya satu preset.</translation>
    </message>
    <message>
        <source>The patrol was not saved.</source>
        <translation>Patroli tidak tersimpan.</translation>
    </message>
    <message>
        <source>There is no such patrol.</source>
        <translation>Patroli itu tidak ada.</translation>
    </message>
    <message>
        <source>Every step of a patrol needs a preset.</source>
        <translation>Setiap langkah patroli perlu preset.</translation>
    </message>
    <message>
        <source>A patrol stays at least %1 seconds at each preset.</source>
        <translation>Patroli berhenti sedikitnya %1 detik di setiap preset.</translation>
    </message>
    <message>
        <source>This camera already has a patrol named %1.</source>
        <translation>Kamera ini sudah punya patroli bernama %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Pontive Wall</source>
        <translation>Pontive Wall</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&apos;%1&apos; is not a recurrence rule (e.g. FREQ=WEEKLY;COUNT=4)</source>
        <translation>&apos;%1&apos; bukan aturan pengulangan (mis. FREQ=WEEKLY;COUNT=4)</translation>
    </message>
    <message>
        <source>only daily, weekly and monthly rules are allowed: &apos;%1&apos;</source>
        <translation>hanya aturan harian, mingguan, dan bulanan yang diizinkan: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a recurring booking needs an end: UNTIL=date or COUNT=n</source>
        <translation>peminjaman berulang memerlukan akhir: UNTIL=tanggal atau COUNT=n</translation>
    </message>
    <message>
        <source>at most %1 occurrences in one series</source>
        <translation>paling banyak %1 kejadian dalam satu seri</translation>
    </message>
    <message>
        <source>cannot expand the recurrence rule &apos;%1&apos;</source>
        <translation>tidak dapat menjabarkan aturan pengulangan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the recurrence rule &apos;%1&apos; leaves no occurrence</source>
        <translation>aturan pengulangan &apos;%1&apos; tidak menghasilkan kejadian</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <source>Arrow keys</source>
        <translation>Tombol panah</translation>
    </message>
    <message>
        <source>move between tiles</source>
        <translation>berpindah antar ubin</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / klik ganda</translation>
    </message>
    <message>
        <source>show the tile alone (main stream)</source>
        <translation>tampilkan ubin sendiri (siaran utama)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the layout</source>
        <translation>kembali ke tata letak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>clear the tile</source>
        <translation>kosongkan ubin</translation>
    </message>
    <message>
        <source>Space / Pause</source>
        <translation>Spasi / Pause</translation>
    </message>
    <message>
        <source>pause or resume the tours</source>
        <translation>jeda atau lanjutkan tur</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>saved layouts (presets while none is saved)</source>
        <translation>tata letak tersimpan (preset bila belum ada)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>find a camera</source>
        <translation>cari kamera</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>reload the cameras</source>
        <translation>muat ulang kamera</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>layar penuh</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>halaman ini</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>choose any layout</source>
        <translation>pilih tata letak mana pun</translation>
    </message>
</context>
<context>
    <name>StreamStatusText</name>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Tidak ada sinyal</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Menghubungkan ulang</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>koneksi ditolak</translation>
    </message>
    <message>
        <source>camera unreachable (timeout)</source>
        <translation>kamera tidak terjangkau (waktu habis)</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autentikasi gagal</translation>
    </message>
    <message>
        <source>stream not found</source>
        <translation>siaran tidak ditemukan</translation>
    </message>
    <message>
        <source>unsupported codec</source>
        <translation>kodek tidak didukung</translation>
    </message>
    <message>
        <source>decode error</source>
        <translation>galat dekode</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>koneksi terputus</translation>
    </message>
    <message>
        <source>invalid stream address</source>
        <translation>alamat siaran tidak sah</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>galat internal</translation>
    </message>
    <message>
        <source>(attempt %1, next try in %2 s)</source>
        <translation>(percobaan %1, coba lagi dalam %2 dtk)</translation>
    </message>
</context>
<context>
    <name>SummaryReportFormatter</name>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Cameras installed</source>
        <translation>Kamera terpasang</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>  offline: camera broken</source>
        <translation>  luring: kamera rusak</translation>
    </message>
    <message>
        <source>  offline: power</source>
        <translation>  luring: listrik</translation>
    </message>
    <message>
        <source>  offline: network media</source>
        <translation>  luring: media jaringan</translation>
    </message>
    <message>
        <source>  offline: cause unknown</source>
        <translation>  luring: penyebab tidak diketahui</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status tidak diketahui</translation>
    </message>
    <message>
        <source>Fiber optic</source>
        <translation>Serat optik</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Nirkabel</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Statis</translation>
    </message>
    <message>
        <source>Camera points</source>
        <translation>Titik kamera</translation>
    </message>
    <message>
        <source>Points owned by %1</source>
        <translation>Titik milik %1</translation>
    </message>
    <message>
        <source>Per agency (camera owner)</source>
        <translation>Per dinas (pemilik kamera)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Per district</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Titik</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Fiber</source>
        <translation>Serat optik</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Period / agency</source>
        <translation>Periode / dinas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>dinas</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>pontive::core::AgencyRepository</name>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>an agency needs a code and a name</source>
        <translation>dinas memerlukan kode dan nama</translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; already exists</source>
        <translation>dinas &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>agency &apos;%1&apos; still owns points or cameras</source>
        <translation>dinas &apos;%1&apos; masih memiliki titik atau kamera</translation>
    </message>
</context>
<context>
    <name>pontive::core::CameraRepository</name>
    <message>
        <source>no camera with id %1</source>
        <translation>tidak ada kamera dengan id %1</translation>
    </message>
    <message>
        <source>no camera named &apos;%1&apos;</source>
        <translation>tidak ada kamera bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 cameras are named &apos;%2&apos;; give the id or LOCATION/NAME</source>
        <translation>%1 kamera bernama &apos;%2&apos;; berikan id atau LOKASI/NAMA</translation>
    </message>
    <message>
        <source>a camera named &apos;%1&apos; already stands at this location</source>
        <translation>kamera bernama &apos;%1&apos; sudah ada di lokasi ini</translation>
    </message>
    <message>
        <source>the new camera has no id</source>
        <translation>kamera baru tidak memiliki id</translation>
    </message>
    <message>
        <source>a camera needs a name</source>
        <translation>kamera memerlukan nama</translation>
    </message>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation>lokasi &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>pontive::core::CsvReader</name>
    <message>
        <source>unbalanced quotes: the quoted field opened here is never closed</source>
        <translation>tanda kutip tidak seimbang: kolom berkutip yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>invalid UTF-8 text</source>
        <translation>teks UTF-8 tidak sah</translation>
    </message>
</context>
<context>
    <name>pontive::core::Database</name>
    <message>
        <source>the Qt SQL driver for this store is not installed</source>
        <translation>driver Qt SQL untuk basis data ini belum terpasang</translation>
    </message>
    <message>
        <source>cannot open the store</source>
        <translation>tidak dapat membuka basis data</translation>
    </message>
    <message>
        <source>cannot create the folder for the store</source>
        <translation>tidak dapat membuat folder basis data</translation>
    </message>
    <message>
        <source>the store path is not a file</source>
        <translation>jalur basis data bukan berkas</translation>
    </message>
    <message>
        <source>the store file is read-only; nothing was changed</source>
        <translation>berkas basis data hanya-baca; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>the store&apos;s folder is read-only; nothing was changed</source>
        <translation>folder basis data hanya-baca; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>cannot read the store file</source>
        <translation>tidak dapat membaca berkas basis data</translation>
    </message>
    <message>
        <source>the file is not a Pontive Wall store (not an SQLite database); nothing was changed</source>
        <translation>berkas ini bukan basis data Pontive Wall (bukan basis data SQLite); tidak ada yang diubah</translation>
    </message>
</context>
<context>
    <name>pontive::core::DatabaseUrl</name>
    <message>
        <source>empty database URL</source>
        <translation>URL basis data kosong</translation>
    </message>
    <message>
        <source>sqlite URL without a file path</source>
        <translation>URL sqlite tanpa jalur berkas</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL</source>
        <translation>URL PostgreSQL tidak sah</translation>
    </message>
    <message>
        <source>PostgreSQL URL without a database name</source>
        <translation>URL PostgreSQL tanpa nama basis data</translation>
    </message>
    <message>
        <source>unsupported database URL; use sqlite:///path or postgresql://user@host:port/db</source>
        <translation>URL basis data tidak didukung; gunakan sqlite:///jalur atau postgresql://pengguna@host:port/db</translation>
    </message>
</context>
<context>
    <name>pontive::core::InventoryWriter</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>pontive::core::JoystickManager</name>
    <message>
        <source>Joysticks are not available.</source>
        <translation>Joystick tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>pontive::core::JsonRows</name>
    <message>
        <source>invalid UTF-8 text</source>
        <translation>teks UTF-8 tidak sah</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON tidak sah: %1</translation>
    </message>
    <message>
        <source>expected an array of cameras</source>
        <translation>seharusnya larik kamera</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>seharusnya objek</translation>
    </message>
</context>
<context>
    <name>pontive::core::Layout</name>
    <message>
        <source>the grid must be between 1x1 and 8x8</source>
        <translation>kisi harus antara 1x1 dan 8x8</translation>
    </message>
    <message>
        <source>a tile lies outside the grid</source>
        <translation>ada ubin di luar kisi</translation>
    </message>
    <message>
        <source>part of the grid has no tile</source>
        <translation>sebagian kisi tidak memiliki ubin</translation>
    </message>
    <message>
        <source>tiles overlap</source>
        <translation>ubin saling tumpang tindih</translation>
    </message>
</context>
<context>
    <name>pontive::core::LocationRepository</name>
    <message>
        <source>unknown location &apos;%1&apos;</source>
        <translation>lokasi &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation>lokasi memerlukan nama</translation>
    </message>
    <message>
        <source>location &apos;%1&apos; already exists</source>
        <translation>lokasi &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>the new location has no id</source>
        <translation>lokasi baru tidak memiliki id</translation>
    </message>
    <message>
        <source>no location with id %1</source>
        <translation>tidak ada lokasi dengan id %1</translation>
    </message>
    <message>
        <source>cameras still stand at this location</source>
        <translation>masih ada kamera di lokasi ini</translation>
    </message>
    <message>
        <source>unknown agency &apos;%1&apos;</source>
        <translation>dinas &apos;%1&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>pontive::core::MediaEngine</name>
    <message>
        <source>Video playback could not start</source>
        <translation>Pemutaran video tidak dapat dimulai</translation>
    </message>
    <message>
        <source>A GStreamer plugin needed for video is missing</source>
        <translation>Plugin GStreamer yang diperlukan untuk video tidak ada</translation>
    </message>
    <message>
        <source>No H.264 video decoder is installed</source>
        <translation>Tidak ada dekoder video H.264 yang terpasang</translation>
    </message>
</context>
<context>
    <name>pontive::core::Migrations</name>
    <message>
        <source>the database holds tables that are not a Pontive Wall store</source>
        <translation>basis data berisi tabel yang bukan milik Pontive Wall</translation>
    </message>
    <message>
        <source>cannot read the store&apos;s schema version</source>
        <translation>tidak dapat membaca versi skema basis data</translation>
    </message>
    <message>
        <source>the store was written by a newer Pontive Wall (schema %1, this program knows %2); nothing was changed</source>
        <translation>basis data ditulis oleh Pontive Wall yang lebih baru (skema %1, program ini mengenal %2); tidak ada yang diubah</translation>
    </message>
    <message>
        <source>migration %1 failed; the store is unchanged</source>
        <translation>migrasi %1 gagal; basis data tidak berubah</translation>
    </message>
</context>
<context>
    <name>pontive::core::OnvifEnrolment</name>
    <message>
        <source>&apos;%1&apos; is not an ONVIF address</source>
        <translation>&apos;%1&apos; bukan alamat ONVIF</translation>
    </message>
    <message>
        <source>%1 %2, firmware %3, serial %4</source>
        <translation>%1 %2, firmware %3, nomor seri %4</translation>
    </message>
</context>
<context>
    <name>pontive::core::ProbeDetail</name>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>no TCP connection within %1 ms</source>
        <translation>tidak ada sambungan TCP dalam %1 ms</translation>
    </message>
    <message>
        <source>no RTSP reply within %1 ms</source>
        <translation>tidak ada balasan RTSP dalam %1 ms</translation>
    </message>
    <message>
        <source>DESCRIBE answered %1</source>
        <translation>DESCRIBE dijawab %1</translation>
    </message>
    <message>
        <source>not an RTSP URL</source>
        <translation>bukan URL RTSP</translation>
    </message>
    <message>
        <source>not an RTSP reply</source>
        <translation>bukan balasan RTSP</translation>
    </message>
    <message>
        <source>implausible Content-Length</source>
        <translation>Content-Length tidak masuk akal</translation>
    </message>
    <message>
        <source>401: the camera wants credentials</source>
        <translation>401: kamera meminta kredensial</translation>
    </message>
    <message>
        <source>401: credentials rejected</source>
        <translation>401: kredensial ditolak</translation>
    </message>
    <message>
        <source>503 Service Unavailable</source>
        <translation>503: layanan tidak tersedia</translation>
    </message>
    <message>
        <source>404: no stream at this path</source>
        <translation>404: tidak ada siaran di jalur ini</translation>
    </message>
    <message>
        <source>DESCRIBE gave no media description</source>
        <translation>DESCRIBE tidak memberi deskripsi media</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host tidak ditemukan</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>jaringan tidak terjangkau</translation>
    </message>
    <message>
        <source>socket timeout</source>
        <translation>waktu soket habis</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>kamera menutup sambungan</translation>
    </message>
</context>
<context>
    <name>pontive::core::Store</name>
    <message>
        <source>already exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>still in use or refers to something missing</source>
        <translation>masih dipakai atau merujuk ke sesuatu yang tidak ada</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>ada nilai di luar rentang</translation>
    </message>
    <message>
        <source>the store is busy; try again</source>
        <translation>basis data sedang sibuk; coba lagi</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>galat basis data</translation>
    </message>
</context>
<context>
    <name>pontive::core::StreamPipeline</name>
    <message>
        <source>GStreamer element missing</source>
        <translation>elemen GStreamer tidak ada</translation>
    </message>
</context>
<context>
    <name>pontive::core::Tour</name>
    <message>
        <source>a tour needs a name</source>
        <translation>tur memerlukan nama</translation>
    </message>
    <message>
        <source>a tour needs cameras</source>
        <translation>tur memerlukan kamera</translation>
    </message>
    <message>
        <source>the dwell time must be at least %1 s</source>
        <translation>lama tampil minimal %1 dtk</translation>
    </message>
</context>
<context>
    <name>pontive::core::Url</name>
    <message>
        <source>not a valid URL</source>
        <translation>bukan URL yang sah</translation>
    </message>
    <message>
        <source>scheme must be one of %1</source>
        <translation>skema harus salah satu dari %1</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>tanpa host</translation>
    </message>
</context>
<context>
    <name>pontive::ui::AgendaWallFollower</name>
    <message>
        <source>Meeting &quot;%1&quot;: the wall shows the layout &quot;%2&quot;</source>
        <translation>Rapat &quot;%1&quot;: layar menampilkan tata letak &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Meeting &quot;%1&quot;: the layout &quot;%2&quot; does not exist; the wall stays as it was</source>
        <translation>Rapat &quot;%1&quot;: tata letak &quot;%2&quot; tidak ada; layar tetap seperti semula</translation>
    </message>
</context>
<context>
    <name>pontive::ui::AlarmBanner</name>
    <message>
        <source>Acknowledge</source>
        <translation>Sudah diketahui</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingAgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingAgendaView</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>%1 - %2, loading...</source>
        <translation>%1 - %2, memuat...</translation>
    </message>
    <message numerus="yes">
        <source>%1 - %2: %n booking(s)</source>
        <translation>
            <numerusform>%1 - %2: %n peminjaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation>Tidak dapat membaca peminjaman: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Show the agenda as a list instead of the calendar</source>
        <translation>Tampilkan agenda sebagai daftar, bukan kalender</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingCalendarView</name>
    <message>
        <source> (today)</source>
        <translation> (hari ini)</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 hari ini</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingConsole</name>
    <message>
        <source>Wall</source>
        <translation>Layar</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Ruang rapat</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Rapat hari ini</translation>
    </message>
    <message>
        <source>&amp;Meeting room</source>
        <translation>&amp;Ruang rapat</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>Pemesanan &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Usage report…</source>
        <translation>&amp;Laporan penggunaan…</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingDialog</name>
    <message>
        <source>Video wall</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>Sound system</source>
        <translation>Tata suara</translation>
    </message>
    <message>
        <source>Approve at once</source>
        <translation>Langsung setujui</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Pemesanan baru</translation>
    </message>
    <message>
        <source>The city&apos;s agencies (pontivectl agencies add/rename/remove)</source>
        <translation>Instansi kota (pontivectl agencies add/rename/remove)</translation>
    </message>
    <message>
        <source>(none: the wall stays as it is)</source>
        <translation>(tidak ada: layar tetap seperti semula)</translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi lalu lintas</source>
        <translation>mis. Rapat koordinasi lalu lintas</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Ruang:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Peserta:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Keperluan:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Peralatan:</translation>
    </message>
    <message>
        <source>Wall layout:</source>
        <translation>Tata letak layar:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kali</translation>
    </message>
    <message>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>skip dates: 19/01/2027, 26/01/2027</source>
        <translation>lewati tanggal: 19/01/2027, 26/01/2027</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Free: the room can be booked</source>
        <translation>Kosong: ruang dapat dipesan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingPanel</name>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Batalkan pemesanan…</translation>
    </message>
    <message>
        <source>New booking…</source>
        <translation>Pemesanan baru…</translation>
    </message>
    <message>
        <source>Usage report…</source>
        <translation>Laporan penggunaan…</translation>
    </message>
    <message>
        <source>Booking %1 is now %2</source>
        <translation>Pemesanan %1 sekarang %2</translation>
    </message>
    <message numerus="yes">
        <source>Booked: %n meeting(s)</source>
        <translation>
            <numerusform>Dipesan: %n rapat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingReportDialog</name>
    <message>
        <source>Meeting room usage</source>
        <translation>Penggunaan ruang rapat</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation>Tidak dapat membaca pemesanan: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>%1: meetings and hours per month, %2</source>
        <translation>%1: rapat dan jam per bulan, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n approved meeting(s), %1 hours</source>
        <translation>
            <numerusform>%n rapat disetujui, %1 jam</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>semua ruang</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingStatusDialog</name>
    <message>
        <source>Only this occurrence</source>
        <translation>Hanya jadwal ini</translation>
    </message>
    <message>
        <source>Every occurrence of the series</source>
        <translation>Semua jadwal dalam seri</translation>
    </message>
    <message>
        <source>Reason (kept with your name):</source>
        <translation>Alasan (disimpan bersama nama Anda):</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Batalkan pemesanan</translation>
    </message>
</context>
<context>
    <name>pontive::ui::BookingTodayList</name>
    <message>
        <source>Cannot read the bookings: %1</source>
        <translation>Tidak dapat membaca pemesanan: %1</translation>
    </message>
    <message>
        <source>No meetings today</source>
        <translation>Tidak ada rapat hari ini</translation>
    </message>
    <message>
        <source>now: </source>
        <translation>sekarang: </translation>
    </message>
    <message>
        <source>; wall layout &apos;%1&apos;</source>
        <translation>; tata letak layar &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraDetails</name>
    <message>
        <source>Pontive Center</source>
        <translation>Pontive Center</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Network media</source>
        <translation>Media jaringan</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Kegunaan</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Siaran utama</translation>
    </message>
    <message>
        <source>Sub-stream</source>
        <translation>Sub-siaran</translation>
    </message>
    <message>
        <source>ONVIF</source>
        <translation>ONVIF</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Choose a camera in the tree or on the wall to see its details.</source>
        <translation>Pilih kamera di pohon atau di dinding untuk melihat rinciannya.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraFilterBoxes</name>
    <message>
        <source>All agencies</source>
        <translation>Semua dinas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Any media</source>
        <translation>Semua media</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraTreeModel</name>
    <message>
        <source>%1 (%2/%3 online)</source>
        <translation>%1 (%2/%3 daring)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>%1 — ALARM</source>
        <translation>%1 — ALARM</translation>
    </message>
    <message>
        <source>Offline alarm: not yet acknowledged</source>
        <translation>Alarm luring: belum diketahui</translation>
    </message>
    <message>
        <source>%1 since %2 WIB</source>
        <translation>%1 sejak %2 WIB</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Agency: %4&lt;br&gt;%5, %6&lt;br&gt;Status: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Dinas: %4&lt;br&gt;%5, %6&lt;br&gt;Status: %7</translation>
    </message>
    <message>
        <source>Last frame: %1 WIB</source>
        <translation>Bingkai terakhir: %1 WIB</translation>
    </message>
    <message>
        <source>Last frame: not on a screen now</source>
        <translation>Bingkai terakhir: tidak sedang tampil di layar</translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation>%1, saran</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraTreePanel</name>
    <message>
        <source>Search camera, location, district…</source>
        <translation>Cari kamera, lokasi, kecamatan…</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Semua kegunaan</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CauseDialog</name>
    <message>
        <source>Cause of the outage</source>
        <translation>Penyebab gangguan</translation>
    </message>
    <message>
        <source>What was found, e.g. the power company cut the supply since the morning</source>
        <translation>Apa yang ditemukan, mis. listrik PLN padam sejak pagi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Penyebab:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthConsole</name>
    <message>
        <source>Camera health</source>
        <translation>Kesehatan kamera</translation>
    </message>
    <message>
        <source>Pontive Wall</source>
        <translation>Pontive Wall</translation>
    </message>
    <message numerus="yes">
        <source>%n offline alarm(s) acknowledged</source>
        <translation>
            <numerusform>%n alarm luring diketahui</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Kesehatan</translation>
    </message>
    <message>
        <source>Camera &amp;health view</source>
        <translation>Tampilan &amp;kesehatan kamera</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge offline alarms</source>
        <translation>&amp;Tandai alarm luring sudah diketahui</translation>
    </message>
    <message>
        <source>Alarm &amp;sound</source>
        <translation>&amp;Suara alarm</translation>
    </message>
    <message>
        <source>The store is not open yet.</source>
        <translation>Basis data belum terbuka.</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>kamera %1</translation>
    </message>
    <message>
        <source>Camera offline: %1 — %2</source>
        <translation>Kamera luring: %1 — %2</translation>
    </message>
    <message>
        <source>Camera back online: %1</source>
        <translation>Kamera kembali daring: %1</translation>
    </message>
    <message>
        <source>Pontive Wall: camera offline</source>
        <translation>Pontive Wall: kamera luring</translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthReportWindow</name>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Camera health reports</source>
        <translation>Laporan kesehatan kamera</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>Hari terakhir tidak boleh sebelum hari pertama.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Membaca basis data…</translation>
    </message>
    <message>
        <source>Cameras by status</source>
        <translation>Kamera per status</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Media and kind</source>
        <translation>Media dan jenis</translation>
    </message>
    <message>
        <source>Cameras by owning agency</source>
        <translation>Kamera per dinas pemilik</translation>
    </message>
    <message>
        <source>Cameras by district</source>
        <translation>Kamera per kecamatan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Uptime by agency (%)</source>
        <translation>Waktu aktif per dinas (%)</translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation>Waktu aktif %</translation>
    </message>
    <message>
        <source>Uptime by network media (%)</source>
        <translation>Waktu aktif per media jaringan (%)</translation>
    </message>
    <message>
        <source>Locations with the least uptime (%)</source>
        <translation>Titik dengan waktu aktif terendah (%)</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Waktu aktif</translation>
    </message>
    <message>
        <source>Incidents by cause</source>
        <translation>Gangguan per penyebab</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Gangguan</translation>
    </message>
    <message>
        <source>Mean time to repair (h)</source>
        <translation>Rata-rata waktu perbaikan (jam)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Uptime by month (%)</source>
        <translation>Waktu aktif per bulan (%)</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Tren bulanan</translation>
    </message>
    <message>
        <source>%1 cameras, uptime %2 %, %3 incidents</source>
        <translation>%1 kamera, waktu aktif %2 %, %3 gangguan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cameras, uptime unknown (nothing monitored), %2 incidents</source>
        <translation>%1 kamera, waktu aktif tidak diketahui (tidak ada yang dipantau), %2 gangguan</translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthTableModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (saran)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Since (WIB)</source>
        <translation>Sejak (WIB)</translation>
    </message>
    <message>
        <source>Uptime %</source>
        <translation>Waktu aktif %</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Gejala</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Laju bit</translation>
    </message>
</context>
<context>
    <name>pontive::ui::HealthView</name>
    <message>
        <source>Search camera, location, agency…</source>
        <translation>Cari kamera, lokasi, dinas…</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Semua kamera</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Record cause…</source>
        <translation>Catat penyebab…</translation>
    </message>
    <message>
        <source>Confirm or correct why the selected camera is offline, with a note</source>
        <translation>Pastikan atau koreksi penyebab kamera terpilih luring, dengan catatan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>%1 cameras, %2 offline</source>
        <translation>%1 kamera, %2 luring</translation>
    </message>
    <message>
        <source>Offline (%1)</source>
        <translation>Luring (%1)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Kesehatan: %1</translation>
    </message>
</context>
<context>
    <name>pontive::ui::JoystickProfileDialog</name>
    <message>
        <source>Joystick</source>
        <translation>Joystick</translation>
    </message>
    <message>
        <source>No joystick is connected.</source>
        <translation>Tidak ada joystick yang terhubung.</translation>
    </message>
    <message>
        <source>%1 (GUID %2)</source>
        <translation>%1 (GUID %2)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Axis %1: %v</source>
        <translation>Sumbu %1: %v</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Pemetaan</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Sumbu</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Balik</translation>
    </message>
    <message>
        <source>Dead zone</source>
        <translation>Zona mati</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Geser</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Miring</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zum</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bebas</translation>
    </message>
    <message>
        <source>4 directions</source>
        <translation>4 arah</translation>
    </message>
    <message>
        <source>8 directions</source>
        <translation>8 arah</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Measure dead zones</source>
        <translation>Ukur zona mati</translation>
    </message>
    <message>
        <source>Leave the stick at rest for 3 seconds</source>
        <translation>Biarkan tuas diam selama 3 detik</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation>Sumbu %1</translation>
    </message>
    <message>
        <source>Measuring: leave the stick at rest...</source>
        <translation>Mengukur: biarkan tuas diam...</translation>
    </message>
    <message>
        <source>Dead zones measured.</source>
        <translation>Zona mati sudah diukur.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::JoystickStatus</name>
    <message>
        <source>Double-click to set up the joystick</source>
        <translation>Klik dua kali untuk mengatur joystick</translation>
    </message>
    <message>
        <source>Joystick: off</source>
        <translation>Joystick: mati</translation>
    </message>
    <message>
        <source>Joystick: none</source>
        <translation>Joystick: tidak ada</translation>
    </message>
    <message>
        <source>no PTZ tile</source>
        <translation>tidak ada ubin PTZ</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>bergerak</translation>
    </message>
    <message>
        <source>Joystick: %1 (%2)</source>
        <translation>Joystick: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pontive::ui::LayoutEditorDialog</name>
    <message>
        <source>&amp;Merge cells</source>
        <translation>&amp;Gabung sel</translation>
    </message>
    <message>
        <source>&amp;Split tile</source>
        <translation>&amp;Pisah ubin</translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation>Ubah tata letak</translation>
    </message>
    <message>
        <source>Name to save the layout under</source>
        <translation>Nama untuk menyimpan tata letak</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Baris:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1x%2 grid, %3 tiles</source>
        <translation>kisi %1x%2, %3 ubin</translation>
    </message>
    <message>
        <source>give the layout a name</source>
        <translation>beri nama tata letak</translation>
    </message>
    <message>
        <source>The layout cannot be saved: %1.</source>
        <translation>Tata letak tidak dapat disimpan: %1.</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation>Simpan tata letak sebagai</translation>
    </message>
    <message>
        <source>Name of the new layout:</source>
        <translation>Nama tata letak baru:</translation>
    </message>
    <message>
        <source>Replace layout</source>
        <translation>Timpa tata letak</translation>
    </message>
    <message>
        <source>A layout named &apos;%1&apos; is already saved. Replace it?</source>
        <translation>Tata letak bernama &apos;%1&apos; sudah tersimpan. Timpa?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Timpa</translation>
    </message>
</context>
<context>
    <name>pontive::ui::LayoutGridEditor</name>
    <message>
        <source>Drag across cells to select them; double-click a merged tile to split it</source>
        <translation>Seret melintasi sel untuk memilih; klik ganda ubin gabungan untuk memisahnya</translation>
    </message>
    <message>
        <source>Select two or more cells to merge</source>
        <translation>Pilih dua sel atau lebih untuk digabung</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
</context>
<context>
    <name>pontive::ui::MainWindow</name>
    <message>
        <source>Pontive Wall — Pontive Center</source>
        <translation>Pontive Wall — Pontive Center</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Loading cameras…</source>
        <translation>Memuat kamera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Reload cameras</source>
        <translation>&amp;Muat ulang kamera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Find camera</source>
        <translation>&amp;Cari kamera</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <source>%1 cameras: %2 online, %3 offline</source>
        <translation>%1 kamera: %2 daring, %3 luring</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Tidak dapat membaca basis data: %1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Cannot read the cameras from the store:
%1</source>
        <translation>Tidak dapat membaca kamera dari basis data:
%1</translation>
    </message>
    <message>
        <source>Camera details</source>
        <translation>Rincian kamera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Layout of the wall (Ctrl+1..9)</source>
        <translation>Tata letak dinding (Ctrl+1..9)</translation>
    </message>
    <message>
        <source>Save layout…</source>
        <translation>Simpan tata letak…</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Simpan tata letak</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>Nama tata letak:</translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; saved</source>
        <translation>Tata letak &apos;%1&apos; disimpan</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Layar</translation>
    </message>
    <message>
        <source>Edit layout…</source>
        <translation>Ubah tata letak…</translation>
    </message>
    <message>
        <source>Delete layout…</source>
        <translation>Hapus tata letak…</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Hapus tata letak</translation>
    </message>
    <message>
        <source>Delete the saved layout &apos;%1&apos; for every station? The wall keeps showing it until you choose another.</source>
        <translation>Hapus tata letak tersimpan &apos;%1&apos; untuk semua stasiun? Dinding tetap menampilkannya sampai Anda memilih yang lain.</translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; deleted</source>
        <translation>Tata letak &apos;%1&apos; dihapus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>The new language shows when Pontive Wall starts again.</source>
        <translation>Bahasa baru tampil saat Pontive Wall dijalankan lagi.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::OfflineAlarm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) went offline</source>
        <translation>
            <numerusform>%n kamera menjadi luring</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to acknowledge</source>
        <translation>Klik untuk mengakui</translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzOverlay</name>
    <message>
        <source>Home</source>
        <translation>Posisi awal</translation>
    </message>
    <message>
        <source>Go to the home position</source>
        <translation>Ke posisi awal</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Go to, save, rename or delete presets</source>
        <translation>Buka, simpan, ganti nama atau hapus preset</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Waiting for PTZ control</source>
        <translation>Menunggu kendali PTZ</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patroli</translation>
    </message>
    <message>
        <source>Create, edit, start or stop patrols</source>
        <translation>Buat, ubah, jalankan atau hentikan patroli</translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzPatrolsDialog</name>
    <message>
        <source>PTZ patrols</source>
        <translation>Patroli PTZ</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Baru...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Ganti nama...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Patrols of this camera</source>
        <translation>Patroli kamera ini</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Lama berhenti</translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation>Tambah preset</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message numerus="yes">
        <source>Presets in order, with the time spent at each (at least %n seconds)</source>
        <translation>
            <numerusform>Preset berurutan, dengan lama berhenti di setiap preset (sedikitnya %n detik)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Patrol %1 runs from %2 (%3), preset %4 of %5</source>
        <translation>Patroli %1 berjalan dari %2 (%3), preset %4 dari %5</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (belum disimpan)</translation>
    </message>
    <message>
        <source>%1 (not on the camera)</source>
        <translation>%1 (tidak ada di kamera)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>Patroli baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Rename patrol</source>
        <translation>Ganti nama patroli</translation>
    </message>
    <message>
        <source>Delete patrol %1?</source>
        <translation>Hapus patroli %1?</translation>
    </message>
    <message>
        <source>Add at least one preset to the patrol.</source>
        <translation>Tambahkan sedikitnya satu preset ke patroli.</translation>
    </message>
    <message>
        <source>The patrol cannot run: this station does not control the camera.</source>
        <translation>Patroli tidak dapat berjalan: stasiun ini tidak memegang kendali kamera.</translation>
    </message>
    <message>
        <source>This station does not control the camera.</source>
        <translation>Stasiun ini tidak memegang kendali kamera.</translation>
    </message>
    <message>
        <source>No patrol runs on this camera.</source>
        <translation>Tidak ada patroli yang berjalan di kamera ini.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::PtzPresetsDialog</name>
    <message>
        <source>PTZ presets</source>
        <translation>Preset PTZ</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save as new...</source>
        <translation>Simpan sebagai baru...</translation>
    </message>
    <message>
        <source>Save over</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Ganti nama...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Preset baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Save the current view over %1?</source>
        <translation>Timpa %1 dengan tampilan sekarang?</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Ganti nama preset</translation>
    </message>
    <message>
        <source>Delete preset %1?</source>
        <translation>Hapus preset %1?</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>pontive::ui::ScreenMiniature</name>
    <message>
        <source>Screen %1: drop a camera on a tile; right-click to show a layout</source>
        <translation>Layar %1: jatuhkan kamera pada ubin; klik kanan untuk menampilkan tata letak</translation>
    </message>
    <message>
        <source>Screen closed</source>
        <translation>Layar ditutup</translation>
    </message>
    <message>
        <source>Show a preset layout</source>
        <translation>Tampilkan tata letak bawaan</translation>
    </message>
    <message>
        <source>Show a saved layout</source>
        <translation>Tampilkan tata letak tersimpan</translation>
    </message>
    <message>
        <source>Clear tile %1</source>
        <translation>Kosongkan ubin %1</translation>
    </message>
    <message>
        <source>Open the wall on %1 again</source>
        <translation>Buka lagi dinding di %1</translation>
    </message>
</context>
<context>
    <name>pontive::ui::ScreenMiniatures</name>
    <message>
        <source>No wall screens open. Start with --wall to drive the wall monitors from here.</source>
        <translation>Tidak ada layar dinding terbuka. Jalankan dengan --wall untuk mengendalikan monitor dinding dari sini.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourControls</name>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Tur</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>Tur</translation>
    </message>
    <message>
        <source>Play, pause and edit tours (Space pauses on the wall)</source>
        <translation>Putar, jeda, dan ubah tur (Spasi menjeda di dinding)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Langkah &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Stop tours</source>
        <translation>&amp;Hentikan tur</translation>
    </message>
    <message>
        <source>Play %1 on the whole wall</source>
        <translation>Putar %1 di seluruh dinding</translation>
    </message>
    <message>
        <source>Play %1 on the selected tile</source>
        <translation>Putar %1 di ubin terpilih</translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation>Belum ada tur tersimpan</translation>
    </message>
    <message>
        <source>New tour…</source>
        <translation>Tur baru…</translation>
    </message>
    <message>
        <source>Edit tour</source>
        <translation>Ubah tur</translation>
    </message>
    <message>
        <source>Remove tour</source>
        <translation>Hapus tur</translation>
    </message>
    <message>
        <source>Remove the tour &apos;%1&apos;?</source>
        <translation>Hapus tur &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&amp;Resume tours</source>
        <translation>&amp;Lanjutkan tur</translation>
    </message>
    <message>
        <source>&amp;Pause tours</source>
        <translation>&amp;Jeda tur</translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourEditorDialog</name>
    <message>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <source>One tile: one camera after another</source>
        <translation>Satu ubin: kamera bergantian</translation>
    </message>
    <message>
        <source>Whole wall: a page of cameras at a time</source>
        <translation>Seluruh dinding: satu halaman kamera sekaligus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Search camera or location…</source>
        <translation>Cari kamera atau titik…</translation>
    </message>
    <message>
        <source>Drag cameras, locations or agencies here from the camera tree</source>
        <translation>Seret kamera, titik, atau dinas ke sini dari pohon kamera</translation>
    </message>
    <message>
        <source>Add a whole agency…</source>
        <translation>Tambah satu dinas penuh…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Tampilan:</translation>
    </message>
    <message>
        <source>Each step:</source>
        <translation>Tiap langkah:</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Tambah →</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>In the tour, in order</source>
        <translation>Dalam tur, berurutan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <source>The tour cannot be saved: %1.</source>
        <translation>Tur tidak dapat disimpan: %1.</translation>
    </message>
</context>
<context>
    <name>pontive::ui::TourPlayer</name>
    <message>
        <source>Tour %1: %2/%3</source>
        <translation>Tur %1: %2/%3</translation>
    </message>
    <message>
        <source>%1 tours</source>
        <translation>%1 tur</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (dijeda)</translation>
    </message>
    <message>
        <source>Paused: %1 %2</source>
        <translation>Dijeda: %1 %2</translation>
    </message>
    <message>
        <source>Tour: %1 %2</source>
        <translation>Tur: %1 %2</translation>
    </message>
</context>
<context>
    <name>pontive::ui::VideoTile</name>
    <message>
        <source>Tile %1
Drop a camera here</source>
        <translation>Ubin %1
Letakkan kamera di sini</translation>
    </message>
    <message>
        <source>Video engine unavailable</source>
        <translation>Mesin video tidak tersedia</translation>
    </message>
    <message>
        <source>Camera disabled</source>
        <translation>Kamera dinonaktifkan</translation>
    </message>
    <message>
        <source>No stream address</source>
        <translation>Tidak ada alamat siaran</translation>
    </message>
    <message>
        <source>OFFLINE — alarm</source>
        <translation>LURING — alarm</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Luring sejak %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (saran)</translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallPtz</name>
    <message>
        <source>PTZ control</source>
        <translation>Kendali PTZ</translation>
    </message>
    <message>
        <source>PTZ presets...</source>
        <translation>Preset PTZ...</translation>
    </message>
    <message>
        <source>PTZ patrols...</source>
        <translation>Patroli PTZ...</translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallView</name>
    <message>
        <source>Show alone</source>
        <translation>Tampilkan sendiri</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Hubungkan ulang</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Cuplikan</translation>
    </message>
    <message>
        <source>Clear tile</source>
        <translation>Kosongkan ubin</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Properti…</translation>
    </message>
    <message>
        <source>Stream quality</source>
        <translation>Kualitas stream</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Main stream (high)</source>
        <translation>Stream utama (tinggi)</translation>
    </message>
    <message>
        <source>Sub-stream (low)</source>
        <translation>Sub-stream (rendah)</translation>
    </message>
    <message>
        <source>Camera properties</source>
        <translation>Properti kamera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>Tur</translation>
    </message>
    <message>
        <source>%1 (whole wall)</source>
        <translation>%1 (seluruh dinding)</translation>
    </message>
    <message>
        <source>%1 (this tile)</source>
        <translation>%1 (ubin ini)</translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation>Belum ada tur tersimpan</translation>
    </message>
    <message>
        <source>Resume tours (Space)</source>
        <translation>Lanjutkan tur (Spasi)</translation>
    </message>
    <message>
        <source>Pause tours (Space)</source>
        <translation>Jeda tur (Spasi)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Stop this tour</source>
        <translation>Hentikan tur ini</translation>
    </message>
    <message>
        <source>Stop all tours</source>
        <translation>Hentikan semua tur</translation>
    </message>
    <message>
        <source>Snapshot of %1 not saved: cannot write to %2</source>
        <translation>Cuplikan %1 tidak tersimpan: tidak dapat menulis ke %2</translation>
    </message>
    <message>
        <source>Snapshot of %1 saved as %2</source>
        <translation>Cuplikan %1 disimpan sebagai %2</translation>
    </message>
</context>
<context>
    <name>pontive::ui::WallWindow</name>
    <message>
        <source>Pontive Wall — %1</source>
        <translation>Pontive Wall — %1</translation>
    </message>
    <message>
        <source>Close the wall</source>
        <translation>Tutup dinding</translation>
    </message>
    <message>
        <source>Close the wall on %1? The screen will go blank.</source>
        <translation>Tutup dinding di %1? Layar akan kosong.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>Tata letak tersimpan</translation>
    </message>
</context>
<context>
    <name>pontivectl</name>
    <message>
        <source>create or upgrade the store</source>
        <translation>buat atau perbarui basis data</translation>
    </message>
    <message>
        <source>load the demo city into an empty store</source>
        <translation>muat kota demo ke basis data kosong</translation>
    </message>
    <message>
        <source>list|show|add|edit|remove cameras</source>
        <translation>list|show|add|edit|remove kamera</translation>
    </message>
    <message>
        <source>list|add camera points</source>
        <translation>list|add titik kamera</translation>
    </message>
    <message>
        <source>list|add|rename|remove agencies</source>
        <translation>list|add|rename|remove dinas</translation>
    </message>
    <message>
        <source>import cameras from CSV or JSON</source>
        <translation>impor kamera dari CSV atau JSON</translation>
    </message>
    <message>
        <source>export cameras as CSV or JSON</source>
        <translation>ekspor kamera sebagai CSV atau JSON</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>tampilkan log audit</translation>
    </message>
    <message>
        <source>Usage: pontivectl [--database URL] COMMAND [options]</source>
        <translation>Pemakaian: pontivectl [--database URL] PERINTAH [opsi]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>The store: --database sqlite:///path/file.db or postgresql://user@host:port/db,
else $PONTIVE_DATABASE, else SQLite in the user&apos;s data folder.
Exit codes: 0 done, 1 bad input or refused, 2 usage.</source>
        <translation>Basis data: --database sqlite:///jalur/berkas.db atau postgresql://pengguna@host:port/db,
atau $PONTIVE_DATABASE, atau SQLite di folder data pengguna.
Kode keluar: 0 selesai, 1 masukan salah atau ditolak, 2 pemakaian.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opsi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>decode a stream and print what it delivers</source>
        <translation>dekode siaran dan cetak hasilnya</translation>
    </message>
    <message>
        <source>discover|info|add ONVIF cameras</source>
        <translation>discover|info|add kamera ONVIF</translation>
    </message>
    <message>
        <source>move|stop|goto|set|remove|home|status|presets a PTZ camera</source>
        <translation>move|stop|goto|set|remove|home|status|presets kamera PTZ</translation>
    </message>
    <message>
        <source>camera health: check|list|cause|report</source>
        <translation>kesehatan kamera: check|list|cause|report</translation>
    </message>
    <message>
        <source>book the room: add|list|approve|reject|cancel|report|export-ics|import-ics|rooms</source>
        <translation>pesan ruang: add|list|approve|reject|cancel|report|export-ics|import-ics|rooms</translation>
    </message>
    <message>
        <source>summary|uptime|incidents: the office&apos;s reports</source>
        <translation>summary|uptime|incidents: laporan kantor</translation>
    </message>
</context>
</TS>
