<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>unknown agency '%1'</source>
        <translation>dinas '%1' tidak dikenal</translation>
    </message>
    <message>
        <source>unknown kind '%1' (ptz or fixed)</source>
        <translation>jenis '%1' tidak dikenal (ptz atau statis)</translation>
    </message>
    <message>
        <source>unknown media '%1' (fiber or wireless)</source>
        <translation>media '%1' tidak dikenal (serat optik atau nirkabel)</translation>
    </message>
    <message>
        <source>bad URL '%1': %2</source>
        <translation>URL '%1' salah: %2</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' bukan angka</translation>
    </message>
    <message>
        <source>%1 is outside -%2..%2</source>
        <translation>%1 di luar rentang -%2..%2</translation>
    </message>
    <message>
        <source>'%1' is not yes or no</source>
        <translation>'%1' bukan ya atau tidak</translation>
    </message>
    <message>
        <source>unknown status '%1' (online, offline or unknown)</source>
        <translation>status '%1' tidak dikenal (daring, luring, atau tidak diketahui)</translation>
    </message>
    <message>
        <source>unknown cause '%1' (camera, power, media)</source>
        <translation>penyebab '%1' tidak dikenal (kamera, listrik, media)</translation>
    </message>
    <message>
        <source>duplicate camera name '%1' at '%2': already in the store</source>
        <translation>nama kamera '%1' di '%2' ganda: sudah ada di basis data</translation>
    </message>
    <message>
        <source>duplicate camera name '%1' at '%2' in this file</source>
        <translation>nama kamera '%1' di '%2' ganda dalam berkas ini</translation>
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
        <source>Try 'pontivectl --help'.</source>
        <translation>Coba 'pontivectl --help'.</translation>
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
            <numerusform>%n kamera</numerusform></translation>
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
        <source>unknown cameras command '%1' (list, show, add, edit, remove)</source>
        <translation>perintah cameras '%1' tidak dikenal (list, show, add, edit, remove)</translation>
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
            <numerusform>%n baris salah; tidak ada yang diimpor (gunakan --skip-bad untuk mengimpor baris yang benar)</numerusform></translation>
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
        <source>usage: report summary [--format table|csv|json]</source>
        <translation>pemakaian: report summary [--format table|csv|json]</translation>
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
        <source>unknown agencies command '%1' (list, add, rename, remove)</source>
        <translation>perintah agencies '%1' tidak dikenal (list, add, rename, remove)</translation>
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
        <source>unknown locations command '%1' (list, add)</source>
        <translation>perintah locations '%1' tidak dikenal (list, add)</translation>
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
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>the store is not empty; the demo city loads into an empty store only</source>
        <translation>basis data tidak kosong; kota demo hanya dimuat ke basis data kosong</translation>
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
    <name>pontive::core::AgencyRepository</name>
    <message>
        <source>unknown agency '%1'</source>
        <translation>dinas '%1' tidak dikenal</translation>
    </message>
    <message>
        <source>an agency needs a code and a name</source>
        <translation>dinas memerlukan kode dan nama</translation>
    </message>
    <message>
        <source>agency '%1' already exists</source>
        <translation>dinas '%1' sudah ada</translation>
    </message>
    <message>
        <source>agency '%1' still owns points or cameras</source>
        <translation>dinas '%1' masih memiliki titik atau kamera</translation>
    </message>
</context>
<context>
    <name>pontive::core::CameraRepository</name>
    <message>
        <source>no camera with id %1</source>
        <translation>tidak ada kamera dengan id %1</translation>
    </message>
    <message>
        <source>no camera named '%1'</source>
        <translation>tidak ada kamera bernama '%1'</translation>
    </message>
    <message>
        <source>%1 cameras are named '%2'; give the id or LOCATION/NAME</source>
        <translation>%1 kamera bernama '%2'; berikan id atau LOKASI/NAMA</translation>
    </message>
    <message>
        <source>a camera named '%1' already stands at this location</source>
        <translation>kamera bernama '%1' sudah ada di lokasi ini</translation>
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
        <source>unknown location '%1'</source>
        <translation>lokasi '%1' tidak dikenal</translation>
    </message>
    <message>
        <source>unknown agency '%1'</source>
        <translation>dinas '%1' tidak dikenal</translation>
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
        <source>the store's folder is read-only; nothing was changed</source>
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
        <source>unknown agency '%1'</source>
        <translation>dinas '%1' tidak dikenal</translation>
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
    <name>pontive::core::LocationRepository</name>
    <message>
        <source>unknown location '%1'</source>
        <translation>lokasi '%1' tidak dikenal</translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation>lokasi memerlukan nama</translation>
    </message>
    <message>
        <source>location '%1' already exists</source>
        <translation>lokasi '%1' sudah ada</translation>
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
        <source>unknown agency '%1'</source>
        <translation>dinas '%1' tidak dikenal</translation>
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
</context>
<context>
    <name>pontive::core::Migrations</name>
    <message>
        <source>the database holds tables that are not a Pontive Wall store</source>
        <translation>basis data berisi tabel yang bukan milik Pontive Wall</translation>
    </message>
    <message>
        <source>cannot read the store's schema version</source>
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
    <name>pontive::ui::CameraDetails</name>
    <message>
        <source>Pontive Center</source>
        <translation>Pontive Center</translation>
    </message>
    <message>
        <source>Choose a camera in the tree to see its details.&lt;br&gt;The video wall opens here in a later version.</source>
        <translation>Pilih kamera di pohon untuk melihat rinciannya.&lt;br&gt;Dinding video akan tampil di sini pada versi berikutnya.</translation>
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
</context>
<context>
    <name>pontive::ui::CameraTreeModel</name>
    <message>
        <source>%1 (%2/%3 online)</source>
        <translation>%1 (%2/%3 daring)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Agency: %4&lt;br&gt;%5, %6&lt;br&gt;Status: %7 since %8 WIB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Dinas: %4&lt;br&gt;%5, %6&lt;br&gt;Status: %7 sejak %8 WIB</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>pontive::ui::CameraTreePanel</name>
    <message>
        <source>Search camera, location, district…</source>
        <translation>Cari kamera, lokasi, kecamatan…</translation>
    </message>
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
    <message>
        <source>Any use</source>
        <translation>Semua kegunaan</translation>
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
        <source>summary: the office's table</source>
        <translation>summary: tabel rekap dinas</translation>
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
else $PONTIVE_DATABASE, else SQLite in the user's data folder.
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
        <source>unknown command '%1'</source>
        <translation>perintah '%1' tidak dikenal</translation>
    </message>
</context>
</TS>