<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AccountCommands</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>This is not an account command.</source>
        <translation>Ini bukan perintah akun.</translation>
    </message>
    <message>
        <source>Give the new password in %1, or run the command at a terminal to type it.</source>
        <translation>Berikan kata sandi baru di %1, atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Tidak ada kata sandi yang diketik.</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Ulangi kata sandi baru: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>semua lokasi</translation>
    </message>
    <message>
        <source>The option --role takes manager, operator or viewer, not &quot;%1&quot;.</source>
        <translation>Opsi --role menerima manager, operator, atau viewer, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first account must be a manager of all sites, so that someone can manage the others: give --role manager and no --site.</source>
        <translation>Akun pertama harus manajer semua lokasi agar ada yang dapat mengelola akun lainnya: berikan --role manager tanpa --site.</translation>
    </message>
    <message>
        <source>Account %1 added: the first %2, for %3. From now on, commands sign in with --user or RPB_USER.</source>
        <translation>Akun %1 ditambahkan: %2 pertama, untuk %3. Mulai sekarang, perintah masuk dengan --user atau RPB_USER.</translation>
    </message>
    <message>
        <source>Account %1 added: %2, for %3.</source>
        <translation>Akun %1 ditambahkan: %2, untuk %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>No accounts yet: commands act as the setup administrator.</source>
        <translation>Belum ada akun: perintah dijalankan sebagai administrator penyiapan.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Kata sandi %1 sudah diganti.</translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) is disabled.</source>
        <translation>Akun %1 (%2, %3) dinonaktifkan.</translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) is enabled.</source>
        <translation>Akun %1 (%2, %3) diaktifkan.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>A sign-in name has 2 to 32 small letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, for example &quot;siti.ach&quot;.</source>
        <translation>Nama pengguna terdiri atas 2 sampai 32 huruf kecil, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, misalnya &quot;siti.ach&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Kata sandi minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The password must not be the sign-in name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Kata sandi terlalu panjang.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Akun tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Tidak ada akun bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a manager of all sites may manage accounts for all sites.</source>
        <translation>Hanya manajer semua lokasi yang boleh mengelola akun untuk semua lokasi.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Memori tidak cukup untuk melindungi kata sandi.</translation>
    </message>
    <message>
        <source>The first manager account exists already; sign in with it.</source>
        <translation>Akun manajer pertama sudah ada; masuklah dengan akun tersebut.</translation>
    </message>
    <message>
        <source>Choose manager, operator or viewer.</source>
        <translation>Pilih manajer, operator, atau peninjau.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; is taken.</source>
        <translation>Nama pengguna &quot;%1&quot; sudah dipakai.</translation>
    </message>
    <message>
        <source>You cannot disable your own account or take away your own manager role.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri atau mencabut peran manajer Anda sendiri.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Masuk terlebih dahulu untuk mengubah kata sandi Anda.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords in a row. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak kata sandi salah berturut-turut. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; ask a manager.</source>
        <translation>Akun &quot;%1&quot; dinonaktifkan; hubungi manajer.</translation>
    </message>
    <message>
        <source>The idle lock must be between 0 (never) and 1440 minutes.</source>
        <translation>Kunci saat tidak aktif harus antara 0 (tidak pernah) dan 1440 menit.</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kunci setelah</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>argument %1</source>
        <translation>argumen %1</translation>
    </message>
    <message>
        <source>The option %1 belongs after the command.</source>
        <translation>Opsi %1 harus ditulis setelah perintah.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The option %1 needs a value (%2).</source>
        <translation>Opsi %1 memerlukan nilai (%2).</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Opsi %1 tidak menerima nilai.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>Opsi %1 diberikan dua kali.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumen &quot;%1&quot; tidak diharapkan.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; after %1 comes %3.</source>
        <translation>Perintah &quot;%1 %2&quot; tidak dikenal; setelah %1 harus ada %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The command %1 needs one of: %2.</source>
        <translation>Perintah %1 memerlukan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id (Bahasa Indonesia) or en (English).</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal; gunakan id (Bahasa Indonesia) atau en (English).</translation>
    </message>
    <message>
        <source>The option --%1 %2 is required.</source>
        <translation>Opsi --%1 %2 wajib diberikan.</translation>
    </message>
    <message>
        <source>The command %1 needs %2 after it.</source>
        <translation>Perintah %1 memerlukan %2 sesudahnya.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah yang diberikan.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>The command %1 needs a batch code (ACH-2610-0001) or id, not &quot;%2&quot;.</source>
        <translation>Perintah %1 memerlukan kode batch produksi (ACH-2610-0001) atau id, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This is not a batch command.</source>
        <translation>Ini bukan perintah batch produksi.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Tidak dapat membaca masukan standar.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Tidak dapat membaca berkas: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>Berkas lebih besar dari 64 MB.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>Berkas ini bukan JSON yang valid: %1 pada karakter %2.</translation>
    </message>
    <message>
        <source>Each batch must be a JSON object { ... }.</source>
        <translation>Setiap batch produksi harus berupa objek JSON { ... }.</translation>
    </message>
    <message>
        <source>The file must hold one batch, a JSON object { ... }, or a list [ ... ] of them.</source>
        <translation>Berkas harus berisi satu batch produksi berupa objek JSON { ... }, atau daftar [ ... ] berisi objek-objek tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>The batch file has %n problem(s); nothing was saved.</source>
        <translation>
            <numerusform>Berkas batch produksi memiliki %n masalah; tidak ada yang disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>say why it is right with &quot;warning_note&quot;: &quot;...&quot; in the batch, or with --acknowledge TEXT</source>
        <translation>jelaskan alasannya dengan &quot;warning_note&quot;: &quot;...&quot; di batch produksi, atau dengan --acknowledge TEXT</translation>
    </message>
    <message>
        <source>Saved batch %1 (id %2).</source>
        <translation>Batch produksi %1 disimpan (id %2).</translation>
    </message>
    <message>
        <source>The last date comes before the first.</source>
        <translation>Tanggal terakhir lebih awal daripada tanggal pertama.</translation>
    </message>
    <message>
        <source>%1 is a member of another site.</source>
        <translation>%1 adalah anggota UMKM di lokasi lain.</translation>
    </message>
    <message>
        <source>The option --status takes recorded, checked or archived, not &quot;%1&quot;.</source>
        <translation>Opsi --status menerima recorded, checked, atau archived, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Limbah kg</translation>
    </message>
    <message>
        <source>Waste L</source>
        <translation>Limbah L</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>Tidak ada batch produksi.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 batches; raise --limit to see more.</source>
        <translation>Menampilkan %1 pertama dari %2 batch produksi; naikkan --limit untuk melihat lebih banyak.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n batch(es); output %1; waste %2 kg, %3 L.</source>
        <translation>
            <numerusform>Total: %n batch produksi; hasil %1; limbah %2 kg, %3 L.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch %1; batch list shows the codes.</source>
        <translation>Tidak ada batch produksi %1; perintah batch list menampilkan kodenya.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>%1, shift %2</source>
        <translation>%1, shift %2</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Bahan masuk</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Warning accepted</source>
        <translation>Peringatan dikonfirmasi</translation>
    </message>
    <message>
        <source>No waste lines.</source>
        <translation>Tidak ada catatan limbah.</translation>
    </message>
    <message>
        <source>Waste:</source>
        <translation>Limbah:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Waste total: %1 kg, %2 L.</source>
        <translation>Total limbah: %1 kg, %2 L.</translation>
    </message>
    <message>
        <source>Deleted batch %1.</source>
        <translation>Batch produksi %1 dihapus.</translation>
    </message>
    <message>
        <source>Restored batch %1.</source>
        <translation>Batch produksi %1 dipulihkan.</translation>
    </message>
    <message>
        <source>Archived batch %1.</source>
        <translation>Batch produksi %1 diarsipkan.</translation>
    </message>
    <message>
        <source>The month %1 is closed for %2.</source>
        <translation>Bulan %1 sudah ditutup untuk %2.</translation>
    </message>
    <message>
        <source>The month %1 is open again for %2.</source>
        <translation>Bulan %1 dibuka kembali untuk %2.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Ditutup oleh</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>No month is closed for %1.</source>
        <translation>Belum ada bulan yang ditutup untuk %1.</translation>
    </message>
    <message>
        <source>A warning needs an acknowledgement; nothing was saved.</source>
        <translation>Peringatan perlu dikonfirmasi; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>BatchJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit; use &quot;kg&quot;, &quot;L&quot; or &quot;pcs&quot;.</source>
        <translation>&quot;%1&quot; bukan satuan; gunakan &quot;kg&quot;, &quot;L&quot;, atau &quot;pcs&quot;.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; at this site; see `%3`.</source>
        <translation>Tidak ada %1 &quot;%2&quot; di lokasi ini; lihat `%3`.</translation>
    </message>
    <message>
        <source>The batch is not valid JSON: %1 at character %2.</source>
        <translation>Batch produksi ini bukan JSON yang valid: %1 pada karakter %2.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>karakter %1</translation>
    </message>
    <message>
        <source>The batch must be one JSON object { ... }.</source>
        <translation>Batch produksi harus berupa satu objek JSON { ... }.</translation>
    </message>
    <message>
        <source>site</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>lini produk</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota UMKM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;shift&quot; must be the number 1, 2 or 3, not %1.</source>
        <translation>&quot;shift&quot; harus berupa angka 1, 2, atau 3, bukan %1.</translation>
    </message>
    <message>
        <source>&quot;shift&quot; must be the number 1, 2 or 3.</source>
        <translation>&quot;shift&quot; harus berupa angka 1, 2, atau 3.</translation>
    </message>
    <message>
        <source>The output of %1 is counted in %2, not %3.</source>
        <translation>Hasil %1 dihitung dalam %2, bukan %3.</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>mesin</translation>
    </message>
    <message>
        <source>A batch has at most %1 waste lines.</source>
        <translation>Satu batch produksi berisi paling banyak %1 catatan limbah.</translation>
    </message>
    <message>
        <source>waste category</source>
        <translation>kategori limbah</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling route; use one of reuse, byproduct, recycle, compost, energy_recovery, treated_discharge, landfill, open_burning.</source>
        <translation>&quot;%1&quot; bukan penanganan yang dikenal; gunakan salah satu dari reuse, byproduct, recycle, compost, energy_recovery, treated_discharge, landfill, open_burning.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Kolom ini tidak ada.</translation>
    </message>
    <message>
        <source>Expected text in quotes, not %1.</source>
        <translation>Diharapkan teks dalam tanda kutip, bukan %1.</translation>
    </message>
    <message>
        <source>Expected an object { ... }, not %1.</source>
        <translation>Diharapkan objek { ... }, bukan %1.</translation>
    </message>
    <message>
        <source>Expected a list [ ... ], not %1.</source>
        <translation>Diharapkan daftar [ ... ], bukan %1.</translation>
    </message>
    <message>
        <source>Write decimals as text in quotes (&quot;%1&quot;), so that they stay exact.</source>
        <translation>Tulis angka desimal sebagai teks dalam tanda kutip (&quot;%1&quot;) agar tetap tepat.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Angkanya terlalu besar.</translation>
    </message>
    <message>
        <source>Expected a quantity as text in quotes, such as &quot;12.5&quot;, not %1.</source>
        <translation>Diharapkan jumlah sebagai teks dalam tanda kutip, misalnya &quot;12.5&quot;, bukan %1.</translation>
    </message>
    <message>
        <source>Expected a machine code in quotes, not %1.</source>
        <translation>Diharapkan kode mesin dalam tanda kutip, bukan %1.</translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <source>Someone else changed or deleted batch %1 after you opened it. Reload it and make your change again.</source>
        <translation>Batch produksi %1 telah diubah atau dihapus oleh orang lain setelah Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>BatchRules</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 tidak boleh negatif.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 harus lebih dari nol.</translation>
    </message>
    <message>
        <source>%1 is implausibly large: at most %2 %3. Check the decimal separator.</source>
        <translation>%1 terlalu besar dan tidak wajar: paling banyak %2 %3. Periksa pemisah desimalnya.</translation>
    </message>
    <message>
        <source>waste line %1</source>
        <translation>catatan limbah %1</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Choose the product line.</source>
        <translation>Pilih lini produk.</translation>
    </message>
    <message>
        <source>There is no such product line.</source>
        <translation>Lini produk tidak ditemukan.</translation>
    </message>
    <message>
        <source>The product line %1 is archived; choose another.</source>
        <translation>Lini produk %1 sudah diarsipkan; pilih yang lain.</translation>
    </message>
    <message>
        <source>The product line %1 belongs to another site.</source>
        <translation>Lini produk %1 milik lokasi lain.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Pilih anggota UMKM.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Anggota UMKM tidak ditemukan.</translation>
    </message>
    <message>
        <source>The member %1 is archived; choose another.</source>
        <translation>Anggota UMKM %1 sudah diarsipkan; pilih yang lain.</translation>
    </message>
    <message>
        <source>%1 is a member of another site.</source>
        <translation>%1 adalah anggota UMKM di lokasi lain.</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Tanggal produksi</translation>
    </message>
    <message>
        <source>Enter the production date.</source>
        <translation>Isi tanggal produksi.</translation>
    </message>
    <message>
        <source>The production date must be in %1 or later.</source>
        <translation>Tanggal produksi harus pada tahun %1 atau sesudahnya.</translation>
    </message>
    <message>
        <source>The production date %1 is in the future; today is %2 at the site.</source>
        <translation>Tanggal produksi %1 belum tiba; hari ini di lokasi adalah %2.</translation>
    </message>
    <message>
        <source>The month %1 is closed for this site; a manager must reopen it first.</source>
        <translation>Bulan %1 sudah ditutup untuk lokasi ini; manajer harus membukanya kembali terlebih dahulu.</translation>
    </message>
    <message>
        <source>The shift is 1, 2 or 3.</source>
        <translation>Shift harus 1, 2, atau 3.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>A batch uses at most %1 machines.</source>
        <translation>Satu batch produksi memakai paling banyak %1 mesin.</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>mesin %1</translation>
    </message>
    <message>
        <source>The same machine is listed twice.</source>
        <translation>Mesin yang sama tercantum dua kali.</translation>
    </message>
    <message>
        <source>There is no such machine.</source>
        <translation>Mesin tidak ditemukan.</translation>
    </message>
    <message>
        <source>The machine %1 is archived.</source>
        <translation>Mesin %1 sudah diarsipkan.</translation>
    </message>
    <message>
        <source>The machine %1 belongs to another site.</source>
        <translation>Mesin %1 milik lokasi lain.</translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Input quantity</source>
        <translation>Jumlah bahan masuk</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Acknowledgement note</source>
        <translation>Catatan konfirmasi</translation>
    </message>
    <message>
        <source>A batch has at most %1 waste lines.</source>
        <translation>Satu batch produksi berisi paling banyak %1 catatan limbah.</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Limbah</translation>
    </message>
    <message>
        <source>Choose the waste category of %1.</source>
        <translation>Pilih kategori limbah untuk %1.</translation>
    </message>
    <message>
        <source>There is no such waste category (%1).</source>
        <translation>Kategori limbah tidak ditemukan (%1).</translation>
    </message>
    <message>
        <source>The waste category %1 is archived (%2).</source>
        <translation>Kategori limbah %1 sudah diarsipkan (%2).</translation>
    </message>
    <message>
        <source>The waste category %1 belongs to another site (%2).</source>
        <translation>Kategori limbah %1 milik lokasi lain (%2).</translation>
    </message>
    <message>
        <source>%1 is measured in %2, not %3 (%4).</source>
        <translation>%1 diukur dalam %2, bukan %3 (%4).</translation>
    </message>
    <message>
        <source>The quantity of %1 is zero; enter it, or remove the line.</source>
        <translation>Jumlah %1 nol; isi jumlahnya atau hapus barisnya.</translation>
    </message>
    <message>
        <source>The quantity of %1</source>
        <translation>Jumlah %1</translation>
    </message>
    <message>
        <source>The output is zero. If the run failed, say so in the acknowledgement note.</source>
        <translation>Hasilnya nol. Jika produksi gagal, tuliskan hal itu di catatan konfirmasi.</translation>
    </message>
    <message>
        <source>Output and kg waste (%1 kg) exceed the input (%2 kg) by more than the site&apos;s tolerance of %3%. Check the quantities.</source>
        <translation>Hasil dan limbah dalam kg (%1 kg) melebihi bahan masuk (%2 kg) lebih dari toleransi lokasi sebesar %3%. Periksa jumlahnya.</translation>
    </message>
    <message>
        <source>The kg waste (%1 kg) exceeds the input (%2 kg) by more than the site&apos;s tolerance of %3%. Check the quantities.</source>
        <translation>Limbah dalam kg (%1 kg) melebihi bahan masuk (%2 kg) lebih dari toleransi lokasi sebesar %3%. Periksa jumlahnya.</translation>
    </message>
    <message>
        <source>Mass balance</source>
        <translation>Neraca massa</translation>
    </message>
    <message>
        <source>To save anyway, acknowledge the warning with a note.</source>
        <translation>Untuk tetap menyimpan, konfirmasi peringatan ini dengan catatan.</translation>
    </message>
    <message>
        <source>the waste line</source>
        <translation>baris limbah</translation>
    </message>
    <message>
        <source>Give a month from %1-01 on, as YYYY-MM.</source>
        <translation>Isi bulan mulai %1-01, dengan format YYYY-MM.</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>Batch %1 belongs to %2, a month closed for its site; it stays read-only until a manager reopens the month.</source>
        <translation>Batch produksi %1 termasuk bulan %2, yang sudah ditutup untuk lokasinya; batch ini hanya dapat dibaca sampai manajer membuka kembali bulan tersebut.</translation>
    </message>
    <message>
        <source>Batch %1 is archived; restore it to change it.</source>
        <translation>Batch produksi %1 sudah diarsipkan; pulihkan dulu untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The batch was deleted by someone else.</source>
        <translation>Batch produksi ini telah dihapus oleh orang lain.</translation>
    </message>
    <message>
        <source>A batch cannot move to another site.</source>
        <translation>Batch produksi tidak dapat dipindahkan ke lokasi lain.</translation>
    </message>
    <message>
        <source>Choose the product line.</source>
        <translation>Pilih lini produk.</translation>
    </message>
    <message>
        <source>The batch could not be read back after saving.</source>
        <translation>Batch produksi tidak dapat dibaca kembali setelah disimpan.</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>Batch produksi tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no batch with the code %1.</source>
        <translation>Tidak ada batch produksi dengan kode %1.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Anggota UMKM tidak ditemukan.</translation>
    </message>
    <message>
        <source>Batch %1 is archived; restore it first.</source>
        <translation>Batch produksi %1 sudah diarsipkan; pulihkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet at %2; only a month that has begun can be closed.</source>
        <translation>Bulan %1 belum dimulai di %2; hanya bulan yang sudah dimulai yang dapat ditutup.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <source>Confir&amp;m</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Check-o&amp;ut</translation>
    </message>
    <message>
        <source>Mark as no-sho&amp;w</source>
        <translation>Tandai tidak &amp;hadir</translation>
    </message>
    <message>
        <source>&amp;Cancel booking...</source>
        <translation>Batalkan pemesanan &amp;jadwal...</translation>
    </message>
    <message>
        <source>Approve a requested booking.</source>
        <translation>Setujui pemesanan jadwal yang diajukan.</translation>
    </message>
    <message>
        <source>The member has arrived: the machine is in use from now.</source>
        <translation>Anggota UMKM sudah datang: mesin dipakai mulai sekarang.</translation>
    </message>
    <message>
        <source>The member has finished: the actual end is now.</source>
        <translation>Anggota UMKM sudah selesai: waktu selesai sebenarnya adalah sekarang.</translation>
    </message>
    <message>
        <source>Nobody came: the time is freed and the booking counts as a no-show.</source>
        <translation>Tidak ada yang datang: waktunya dikosongkan dan pemesanan jadwal dihitung sebagai tidak hadir.</translation>
    </message>
    <message>
        <source>Cancel the booking and free its time (Delete).</source>
        <translation>Batalkan pemesanan jadwal dan kosongkan waktunya (Delete).</translation>
    </message>
</context>
<context>
    <name>BookingFormat</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>Someone else changed this booking in the meantime. Reload and try again.</source>
        <translation>Pemesanan jadwal ini telah diubah oleh orang lain sementara itu. Muat ulang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database could not run a query.</source>
        <translation>Basis data tidak dapat menjalankan kueri.</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>Only a requested or confirmed booking can be moved; this one is %1.</source>
        <translation>Hanya pemesanan jadwal yang diajukan atau dikonfirmasi yang dapat dipindahkan; pemesanan ini berstatus %1.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in is possible from %n minute(s) before the start until the end.</source>
        <translation>
            <numerusform>Check-in dapat dilakukan mulai %n menit sebelum jadwal mulai hingga jadwal selesai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A booking becomes a no-show only %n minute(s) after its start.</source>
        <translation>
            <numerusform>Pemesanan jadwal baru dapat ditandai tidak hadir %n menit setelah jadwal mulai.</numerusform>
        </translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation>Pemesanan jadwal berstatus %1 tidak dapat diubah menjadi %2.</translation>
    </message>
    <message>
        <source>Give both a start and an end time.</source>
        <translation>Isi waktu mulai dan waktu selesai.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Waktu selesai harus setelah waktu mulai.</translation>
    </message>
    <message>
        <source>The purpose is too long: at most %1 characters.</source>
        <translation>Keperluan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>A booking that is %1 must have a check-in time.</source>
        <translation>Pemesanan berstatus %1 harus memiliki waktu check-in.</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot have a check-in time.</source>
        <translation>Pemesanan berstatus %1 tidak boleh memiliki waktu check-in.</translation>
    </message>
    <message>
        <source>A booking that is %1 must have a check-out time.</source>
        <translation>Pemesanan berstatus %1 harus memiliki waktu check-out.</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot have a check-out time.</source>
        <translation>Pemesanan berstatus %1 tidak boleh memiliki waktu check-out.</translation>
    </message>
    <message>
        <source>The check-out cannot be before the check-in.</source>
        <translation>Waktu check-out tidak boleh sebelum waktu check-in.</translation>
    </message>
    <message>
        <source>A maintenance window lasts at most a year.</source>
        <translation>Jendela perawatan paling lama satu tahun.</translation>
    </message>
    <message>
        <source>Say why the machine is blocked (at most %1 characters).</source>
        <translation>Tuliskan alasan mesin diblokir (paling banyak %1 karakter).</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Fills an empty database with demo data: the five sites (small), one of them (--site), or 18 sites over five years (national).</source>
        <translation>Mengisi basis data kosong dengan data demo: kelima lokasi (small), salah satunya (--site), atau 18 lokasi selama lima tahun (national).</translation>
    </message>
    <message>
        <source>Checks the database file (quick_check, or integrity_check with --full) and shows its schema version.</source>
        <translation>Memeriksa berkas basis data (quick_check, atau integrity_check dengan --full) dan menampilkan versi skemanya.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file, safe while others use it.</source>
        <translation>Menulis salinan basis data yang konsisten ke berkas baru, aman meski sedang dipakai orang lain.</translation>
    </message>
    <message>
        <source>Lists the sites.</source>
        <translation>Menampilkan daftar lokasi.</translation>
    </message>
    <message>
        <source>Lists the machines, of one site or of all.</source>
        <translation>Menampilkan daftar mesin, dari satu lokasi atau semua lokasi.</translation>
    </message>
    <message>
        <source>Lists the member businesses (UMKM).</source>
        <translation>Menampilkan daftar anggota UMKM.</translation>
    </message>
    <message>
        <source>Lists the product lines with their units.</source>
        <translation>Menampilkan daftar lini produk beserta satuannya.</translation>
    </message>
    <message>
        <source>Lists the waste categories with their units.</source>
        <translation>Menampilkan daftar kategori limbah beserta satuannya.</translation>
    </message>
    <message>
        <source>Adds an account; the password comes from RPB_NEW_PASSWORD or is asked twice. The first account is a manager of all sites.</source>
        <translation>Menambahkan akun; kata sandi diambil dari RPB_NEW_PASSWORD atau ditanyakan dua kali. Akun pertama menjadi manajer semua lokasi.</translation>
    </message>
    <message>
        <source>Lists the accounts.</source>
        <translation>Menampilkan daftar akun.</translation>
    </message>
    <message>
        <source>Changes your own password, or (a manager) sets another account&apos;s; the new one comes from RPB_NEW_PASSWORD or is asked twice.</source>
        <translation>Mengubah kata sandi Anda sendiri, atau (bagi manajer) kata sandi akun lain; kata sandi baru diambil dari RPB_NEW_PASSWORD atau ditanyakan dua kali.</translation>
    </message>
    <message>
        <source>Disables an account: it can no longer sign in.</source>
        <translation>Menonaktifkan akun: akun itu tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Enables a disabled account again.</source>
        <translation>Mengaktifkan kembali akun yang dinonaktifkan.</translation>
    </message>
    <message>
        <source>Books a machine for a member, once or as a series; a clash exits 3 and lists what it clashes with.</source>
        <translation>Memesan jadwal mesin untuk anggota UMKM, sekali atau berulang; jika bentrok, keluar dengan kode 3 dan menampilkan jadwal yang bentrok.</translation>
    </message>
    <message>
        <source>Lists the bookings that start between two local dates of the site (both included).</source>
        <translation>Menampilkan pemesanan jadwal yang dimulai di antara dua tanggal setempat lokasi (keduanya termasuk).</translation>
    </message>
    <message>
        <source>Cancels a booking.</source>
        <translation>Membatalkan pemesanan jadwal.</translation>
    </message>
    <message>
        <source>Checks a booking in (from 30 minutes before its start until its end).</source>
        <translation>Melakukan check-in pemesanan jadwal (mulai 30 menit sebelum jadwal dimulai sampai jadwal selesai).</translation>
    </message>
    <message>
        <source>Checks a booking out.</source>
        <translation>Melakukan check-out pemesanan jadwal.</translation>
    </message>
    <message>
        <source>Confirms a requested booking (managers).</source>
        <translation>Mengonfirmasi pemesanan jadwal yang diajukan (manajer).</translation>
    </message>
    <message>
        <source>Marks a booking nobody came for as a no-show (30 minutes after its start).</source>
        <translation>Menandai pemesanan jadwal yang tidak didatangi sebagai tidak hadir (30 menit setelah jadwal dimulai).</translation>
    </message>
    <message>
        <source>Blocks a machine for maintenance and lists (or cancels) the bookings it hits.</source>
        <translation>Memblokir mesin untuk perawatan dan menampilkan (atau membatalkan) pemesanan jadwal yang terdampak.</translation>
    </message>
    <message>
        <source>Writes the bookings as an iCalendar file (RFC 5545), by default from today to 90 days ahead.</source>
        <translation>Menulis pemesanan jadwal sebagai berkas iCalendar (RFC 5545), secara bawaan dari hari ini sampai 90 hari ke depan.</translation>
    </message>
    <message>
        <source>Booked and used hours against open hours, per machine.</source>
        <translation>Jam yang dipesan dan jam yang terpakai dibandingkan dengan jam buka, per mesin.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Penggunaan:</translation>
    </message>
    <message>
        <source>(opens the window)</source>
        <translation>(membuka jendela aplikasi)</translation>
    </message>
    <message>
        <source>Global options, allowed anywhere on the line:</source>
        <translation>Opsi global, boleh ditulis di mana saja pada baris perintah:</translation>
    </message>
    <message>
        <source>the database file; else RPB_DB, else %1</source>
        <translation>berkas basis data; jika tidak diberikan, RPB_DB, lalu %1</translation>
    </message>
    <message>
        <source>print one JSON document on standard output</source>
        <translation>cetak satu dokumen JSON ke keluaran standar</translation>
    </message>
    <message>
        <source>act as this account once the database has accounts (or RPB_USER)</source>
        <translation>bertindak sebagai akun ini setelah basis data memiliki akun (atau RPB_USER)</translation>
    </message>
    <message>
        <source>this help; COMMAND --help shows one command</source>
        <translation>bantuan ini; COMMAND --help menampilkan bantuan satu perintah</translation>
    </message>
    <message>
        <source>the versions of RPB Hijau, Qt and SQLite</source>
        <translation>versi RPB Hijau, Qt, dan SQLite</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Variabel lingkungan:</translation>
    </message>
    <message>
        <source>the database file when --db is not given</source>
        <translation>berkas basis data jika --db tidak diberikan</translation>
    </message>
    <message>
        <source>the account when --user is not given</source>
        <translation>akun jika --user tidak diberikan</translation>
    </message>
    <message>
        <source>its password; else a prompt when standard input is a terminal</source>
        <translation>kata sandinya; jika tidak diberikan, ditanyakan bila masukan standar adalah terminal</translation>
    </message>
    <message>
        <source>the new password of user add and user passwd; else a prompt, twice</source>
        <translation>kata sandi baru untuk user add dan user passwd; jika tidak diberikan, ditanyakan dua kali</translation>
    </message>
    <message>
        <source>Once the database has accounts, every command but check and backup signs in; before the first account exists, commands act as the setup administrator.</source>
        <translation>Setelah basis data memiliki akun, setiap perintah kecuali check dan backup harus masuk dengan akun; sebelum akun pertama dibuat, perintah dijalankan sebagai administrator penyiapan.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Planned, not available yet in this version:</source>
        <translation>Direncanakan, belum tersedia di versi ini:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Kode keluar:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>usage: unknown command or option</source>
        <translation>penggunaan: perintah atau opsi tidak dikenal</translation>
    </message>
    <message>
        <source>invalid input: the data breaks a rule; nothing was changed</source>
        <translation>masukan tidak valid: data melanggar aturan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>conflict: a booking clash; nothing was changed unless --skip-conflicts was given</source>
        <translation>konflik: pemesanan jadwal bentrok; tidak ada yang diubah kecuali --skip-conflicts diberikan</translation>
    </message>
    <message>
        <source>not permitted: no account given, a wrong password, or not allowed for this account</source>
        <translation>tidak diizinkan: akun tidak diberikan, kata sandi salah, atau tidak diperbolehkan untuk akun ini</translation>
    </message>
    <message>
        <source>storage: cannot open, damaged, locked, or written by a newer version</source>
        <translation>penyimpanan: tidak dapat dibuka, rusak, terkunci, atau ditulis oleh versi yang lebih baru</translation>
    </message>
    <message>
        <source>This command is not available yet in this version of RPB Hijau.</source>
        <translation>Perintah ini belum tersedia di versi RPB Hijau ini.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <source>a booking&apos;s id, as bookings list shows it</source>
        <translation>id pemesanan jadwal, seperti yang ditampilkan bookings list</translation>
    </message>
    <message>
        <source>an account&apos;s sign-in name</source>
        <translation>nama pengguna suatu akun</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM, the site&apos;s local time; or with an offset: +08:00, Z</source>
        <translation>YYYY-MM-DDTHH:MM, waktu setempat lokasi; atau dengan selisih zona waktu: +08:00, Z</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, a date of the site&apos;s calendar</source>
        <translation>YYYY-MM-DD, tanggal menurut kalender lokasi</translation>
    </message>
    <message>
        <source>a site, machine, member or product line: code or id</source>
        <translation>lokasi, mesin, anggota UMKM, atau lini produk: kode atau id</translation>
    </message>
    <message>
        <source>T is a time, YYYY-MM-DDTHH:MM, in the site&apos;s local time; with an offset (2026-12-02T08:00+08:00, or Z for UTC) it is that instant.</source>
        <translation>T adalah waktu, YYYY-MM-DDTHH:MM, menurut waktu setempat lokasi; dengan selisih zona waktu (2026-12-02T08:00+08:00, atau Z untuk UTC), T adalah saat yang persis itu.</translation>
    </message>
    <message>
        <source>D is a date, YYYY-MM-DD, of the site&apos;s calendar; both ends are included.</source>
        <translation>D adalah tanggal, YYYY-MM-DD, menurut kalender lokasi; kedua ujung rentang ikut dihitung.</translation>
    </message>
    <message>
        <source>Records a production batch with its waste lines from a JSON file (- for standard input); a JSON array records several, all or none. Warnings need &quot;warning_note&quot; in the file or --acknowledge TEXT.</source>
        <translation>Mencatat batch produksi beserta catatan limbahnya dari berkas JSON (- untuk masukan standar); array JSON mencatat beberapa batch sekaligus, semuanya atau tidak sama sekali. Peringatan memerlukan &quot;warning_note&quot; di berkas atau --acknowledge TEXT.</translation>
    </message>
    <message>
        <source>Lists the production batches of a site between two production dates (both included), with the totals of output and waste.</source>
        <translation>Menampilkan daftar batch produksi suatu lokasi di antara dua tanggal produksi (keduanya termasuk), beserta total hasil dan limbahnya.</translation>
    </message>
    <message>
        <source>Shows one production batch with its waste lines.</source>
        <translation>Menampilkan satu batch produksi beserta catatan limbahnya.</translation>
    </message>
    <message>
        <source>Deletes a production batch; its code is never given again.</source>
        <translation>Menghapus batch produksi; kodenya tidak akan dipakai lagi.</translation>
    </message>
    <message>
        <source>Archives a batch (it leaves the lists and the figures), or restores it with --restore.</source>
        <translation>Mengarsipkan batch produksi (batch keluar dari daftar dan angka), atau memulihkannya dengan --restore.</translation>
    </message>
    <message>
        <source>Closes a month of a site (managers): its batches become read-only and no batch may be added to it.</source>
        <translation>Menutup satu bulan di suatu lokasi (manajer): batch produksinya menjadi hanya baca dan tidak ada batch yang boleh ditambahkan ke bulan itu.</translation>
    </message>
    <message>
        <source>Reopens a closed month of a site (managers).</source>
        <translation>Membuka kembali bulan yang sudah ditutup di suatu lokasi (manajer).</translation>
    </message>
    <message>
        <source>Lists the closed months of a site.</source>
        <translation>Menampilkan daftar bulan yang sudah ditutup di suatu lokasi.</translation>
    </message>
    <message>
        <source>Imports members from a CSV file (- for standard input), all or none; --dry-run only shows what would be added and every problem, by row and column.</source>
        <translation>Mengimpor anggota UMKM dari berkas CSV (- untuk masukan standar), semuanya atau tidak sama sekali; --dry-run hanya menampilkan apa yang akan ditambahkan dan setiap masalah, per baris dan kolom.</translation>
    </message>
    <message>
        <source>The waste figures behind the charts: the total, the diversion rate and one row per group, as a table, CSV (--csv) or JSON.</source>
        <translation>Angka limbah di balik grafik: total, tingkat pengalihan, dan satu baris per kelompok, sebagai tabel, CSV (--csv), atau JSON.</translation>
    </message>
    <message>
        <source>Draws the waste chart as the window does, as a PNG or SVG file.</source>
        <translation>Menggambar grafik limbah seperti di jendela aplikasi, sebagai berkas PNG atau SVG.</translation>
    </message>
    <message>
        <source>a batch&apos;s code (ACH-2610-0001) or id</source>
        <translation>kode batch produksi (ACH-2610-0001) atau id</translation>
    </message>
    <message>
        <source>a month of the site&apos;s calendar</source>
        <translation>bulan menurut kalender lokasi</translation>
    </message>
    <message>
        <source>a file to read; - reads standard input</source>
        <translation>berkas yang dibaca; - membaca masukan standar</translation>
    </message>
    <message>
        <source>The monthly green-UMKM summary of a site or of all sites, as an A4 PDF (--pdf), HTML (--html) or its figures (--json), in the language of --lang; stamped final when the month is closed, else draft. The manager&apos;s name defaults to the account&apos;s full name.</source>
        <translation>Ringkasan bulanan UMKM hijau untuk satu lokasi atau semua lokasi, sebagai PDF A4 (--pdf), HTML (--html), atau angka-angkanya saja (--json), dalam bahasa --lang; dicap final bila bulannya sudah ditutup, selain itu draf. Nama manajer secara bawaan diambil dari nama lengkap akun.</translation>
    </message>
    <message>
        <source>Checks a sync package whole and imports it all or nothing, with a table of new, changed, unchanged and conflicting records per kind. A damaged package exits 2, records that disagree with ours exit 3, both changing nothing; --skip-conflicts imports the rest and keeps the conflicts aside for a manager.</source>
        <translation>Memeriksa paket sinkronisasi secara utuh dan mengimpor semuanya atau tidak sama sekali, disertai tabel data baru, berubah, tidak berubah, dan berkonflik per jenis. Paket yang rusak keluar dengan kode 2, data yang tidak sesuai dengan data di sini keluar dengan kode 3, keduanya tanpa mengubah apa pun; --skip-conflicts mengimpor sisanya dan menyisihkan konfliknya untuk diputuskan manajer.</translation>
    </message>
    <message>
        <source>Writes a sync package for the central office: every record of the site changed since its last export (everything with --full or the first time), with what they refer to. --site is needed when the database keeps several sites; --dry-run only counts.</source>
        <translation>Menulis paket sinkronisasi untuk kantor pusat: setiap data lokasi yang berubah sejak ekspor terakhir (semuanya dengan --full atau pada ekspor pertama), beserta data yang dirujuknya. --site diperlukan bila basis data menyimpan beberapa lokasi; --dry-run hanya menghitung.</translation>
    </message>
    <message>
        <source>Per site: kept here or from packages, changes not exported yet, the last package exported and imported, open conflicts.</source>
        <translation>Per lokasi: disimpan di sini atau berasal dari paket, perubahan yang belum diekspor, paket terakhir yang diekspor dan diimpor, serta konflik yang belum diputuskan.</translation>
    </message>
    <message>
        <source>Lists the sync conflicts kept aside: records that arrived with our version but other content.</source>
        <translation>Menampilkan daftar konflik sinkronisasi yang disisihkan: data yang datang dengan versi yang sama seperti di sini, tetapi isinya berbeda.</translation>
    </message>
    <message>
        <source>Decides a sync conflict (managers): keep this database&apos;s version, or take the package&apos;s.</source>
        <translation>Memutuskan konflik sinkronisasi (manajer): pertahankan versi basis data ini, atau ambil versi paket.</translation>
    </message>
    <message>
        <source>Writes bookings, batches, waste lines or members of a site (or of every site) as spreadsheet-safe CSV: UTF-8 with BOM, a cell that could run as a formula starts with a quote. --out - writes to standard output.</source>
        <translation>Menulis pemesanan jadwal, batch produksi, catatan limbah, atau anggota UMKM suatu lokasi (atau semua lokasi) sebagai CSV yang aman untuk aplikasi lembar kerja: UTF-8 dengan BOM, dan sel yang dapat dijalankan sebagai rumus diawali tanda kutip. --out - menulis ke keluaran standar.</translation>
    </message>
    <message>
        <source>language of messages; else the locale (LANG), else the window&apos;s setting</source>
        <translation>bahasa pesan; jika tidak ada, lokal (LANG), lalu pengaturan jendela</translation>
    </message>
    <message>
        <source>Finds the earliest free slots of a duration on the site&apos;s machines; with --member, only slots the member may book.</source>
        <translation>Mencari slot kosong paling awal dengan durasi tertentu pada mesin-mesin lokasi; dengan --member, hanya slot yang boleh dipesan anggota itu.</translation>
    </message>
    <message>
        <source>Names the site&apos;s responsible manager, who signs its monthly summary (managers of the site); an empty name lets the site&apos;s manager account sign.</source>
        <translation>Menetapkan manajer penanggung jawab lokasi, yang menandatangani ringkasan bulanannya (manajer lokasi tersebut); nama kosong berarti akun manajer lokasi yang menandatangani.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command &quot;%1&quot; is not available yet in this version of RPB Hijau.</source>
        <translation>Perintah &quot;%1&quot; belum tersedia di versi RPB Hijau ini.</translation>
    </message>
    <message>
        <source>choose the file with --db PATH or RPB_DB, or make one with: %1 demo</source>
        <translation>pilih berkas dengan --db PATH atau RPB_DB, atau buat berkas baru dengan: %1 demo</translation>
    </message>
    <message>
        <source>This is not a database file.</source>
        <translation>Ini bukan berkas basis data.</translation>
    </message>
    <message>
        <source>There is no database here.</source>
        <translation>Tidak ada basis data di sini.</translation>
    </message>
    <message>
        <source>The database already has accounts; demo data only goes into an empty database.</source>
        <translation>Basis data sudah memiliki akun; data demo hanya dapat dimasukkan ke basis data kosong.</translation>
    </message>
    <message>
        <source>This database has accounts: say who you are with --user NAME or RPB_USER, with the password in RPB_PASSWORD or typed when asked.</source>
        <translation>Basis data ini memiliki akun: sebutkan siapa Anda dengan --user NAME atau RPB_USER, dengan kata sandi di RPB_PASSWORD atau diketik saat ditanyakan.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Tidak ada kata sandi yang diketik.</translation>
    </message>
    <message>
        <source>No password for %1: set RPB_PASSWORD, or run the command at a terminal to type it.</source>
        <translation>Tidak ada kata sandi untuk %1: atur RPB_PASSWORD, atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>Production batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Waste lines</source>
        <translation>Catatan limbah</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Members have no date to choose them by; leave out the period.</source>
        <translation>Anggota UMKM tidak dapat dipilih menurut tanggal; jangan berikan periode.</translation>
    </message>
    <message>
        <source>The last date comes before the first.</source>
        <translation>Tanggal terakhir lebih awal daripada tanggal pertama.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Tidak dapat menulis berkas CSV: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt is not installed.</source>
        <translation>Driver SQLite untuk Qt belum terpasang.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Tidak dapat membuat folder %1 untuk basis data.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Tidak dapat membuka basis data %1.</translation>
    </message>
    <message>
        <source>%1 is not an RPB Hijau database, or it is damaged.</source>
        <translation>%1 bukan basis data RPB Hijau, atau basis data itu rusak.</translation>
    </message>
    <message>
        <source>The database %1 could not be set up safely (%2 reads %3, not %4).</source>
        <translation>Basis data %1 tidak dapat disiapkan dengan aman (%2 bernilai %3, bukan %4).</translation>
    </message>
    <message>
        <source>The database is open for reading only: %1</source>
        <translation>Basis data hanya dibuka untuk dibaca: %1</translation>
    </message>
    <message>
        <source>The database could not run a query.</source>
        <translation>Basis data tidak dapat menjalankan kueri.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked too long. Try again.</source>
        <translation>Basis data sedang sibuk: program lain menguncinya terlalu lama. Coba lagi.</translation>
    </message>
    <message>
        <source>The database refused a change.</source>
        <translation>Basis data menolak perubahan.</translation>
    </message>
    <message>
        <source>The backup file already exists; choose a new name.</source>
        <translation>Berkas cadangan sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>Tidak dapat menulis cadangan ke %1.</translation>
    </message>
    <message>
        <source>The database refused the change: the field %1 of the %2 record may not be empty.</source>
        <translation>Basis data menolak perubahan: kolom %1 pada data %2 tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The database refused the change: another %1 record already has this %2.</source>
        <translation>Basis data menolak perubahan: data %1 lain sudah memiliki %2 ini.</translation>
    </message>
    <message>
        <source>The database refused the change: it refers to a record that does not exist.</source>
        <translation>Basis data menolak perubahan: perubahan merujuk ke data yang tidak ada.</translation>
    </message>
    <message>
        <source>The database refused the change: the value of the field %1 breaks a rule of the database (%2).</source>
        <translation>Basis data menolak perubahan: nilai kolom %1 melanggar aturan basis data (%2).</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>The option --%1 takes %2, not &quot;%3&quot;.</source>
        <translation>Opsi --%1 memerlukan %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation>bilangan bulat dari 0 sampai 4294967295</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD</source>
        <translation>tanggal dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Waste lines</source>
        <translation>Catatan limbah</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>The check found damage in the database.</source>
        <translation>Pemeriksaan menemukan kerusakan pada basis data.</translation>
    </message>
    <message>
        <source>keep this file as it is and restore the latest backup</source>
        <translation>biarkan berkas ini apa adanya dan pulihkan cadangan terbaru</translation>
    </message>
    <message>
        <source>Name the backup file after --to.</source>
        <translation>Tulis nama berkas cadangan setelah --to.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Cadangan ditulis ke %1 (%2).</translation>
    </message>
    <message>
        <source>Waste totals</source>
        <translation>Total limbah</translation>
    </message>
    <message>
        <source>equal to a recount</source>
        <translation>sama dengan hasil penghitungan ulang</translation>
    </message>
    <message>
        <source>disagree with a recount</source>
        <translation>tidak sama dengan hasil penghitungan ulang</translation>
    </message>
    <message>
        <source>The monthly waste totals or the waste lines&apos; marks disagree with the waste lines and batches they are kept from.</source>
        <translation>Total limbah bulanan atau tanda pada catatan limbah tidak sesuai dengan catatan limbah dan batch produksi yang menjadi sumbernya.</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Not enough memory to protect a password.</source>
        <translation>Memori tidak cukup untuk melindungi kata sandi.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already has data; demo data only goes into an empty database.</source>
        <translation>Basis data sudah berisi data; data demo hanya dapat dimasukkan ke basis data kosong.</translation>
    </message>
    <message>
        <source>There is no demo site with the code %1; choose one of %2.</source>
        <translation>Tidak ada lokasi demo dengan kode %1; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>Making %1 (%2): members, bookings, batches and waste</source>
        <translation>Membuat %1 (%2): anggota UMKM, pemesanan jadwal, batch produksi, dan limbah</translation>
    </message>
    <message>
        <source>Saving the demo data</source>
        <translation>Menyimpan data demo</translation>
    </message>
    <message>
        <source>Demo data ready</source>
        <translation>Data demo siap</translation>
    </message>
    <message>
        <source>The time zone %1 is not known on this computer; install the time zone data (tzdata) and try again.</source>
        <translation>Zona waktu %1 tidak dikenal di komputer ini; pasang data zona waktu (tzdata), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Making the demo accounts</source>
        <translation>Membuat akun demo</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>The demo data could not be written; nothing was kept.</source>
        <translation>Data demo tidak dapat ditulis; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database settings could not be put back after making the demo data (%1 reads %2, not %3). Close RPB Hijau and open it again.</source>
        <translation>Pengaturan basis data tidak dapat dikembalikan setelah membuat data demo (%1 bernilai %2, bukan %3). Tutup RPB Hijau, lalu buka kembali.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
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
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>setiap hari</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>%1 was changed by %2 on %3 after you read it; your change was not made. Look at it again and make your change anew.</source>
        <translation>%1 telah diubah oleh %2 pada %3 setelah Anda membukanya; perubahan Anda tidak disimpan. Periksa kembali datanya, lalu lakukan perubahan Anda sekali lagi.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else on %2 after you read it; your change was not made. Look at it again and make your change anew.</source>
        <translation>%1 telah diubah oleh orang lain pada %2 setelah Anda membukanya; perubahan Anda tidak disimpan. Periksa kembali datanya, lalu lakukan perubahan Anda sekali lagi.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you read it; your change was not made. Look at it again and make your change anew.</source>
        <translation>%1 telah diubah oleh orang lain setelah Anda membukanya; perubahan Anda tidak disimpan. Periksa kembali datanya, lalu lakukan perubahan Anda sekali lagi.</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Waste category</source>
        <translation>Kategori limbah</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Jadwal perawatan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Penutupan bulan</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation>Paket sinkronisasi</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Konflik sinkronisasi</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>%Ln booking(s) written to %1.</source>
        <translation>
            <numerusform>%Ln pemesanan jadwal ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) written to %1.</source>
        <translation>
            <numerusform>%Ln batch produksi ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waste line(s) written to %1.</source>
        <translation>
            <numerusform>%Ln catatan limbah ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) written to %1.</source>
        <translation>
            <numerusform>%Ln anggota UMKM ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an export command.</source>
        <translation>Ini bukan perintah ekspor.</translation>
    </message>
    <message>
        <source>The option --what takes bookings, batches, waste or members, not &quot;%1&quot;.</source>
        <translation>Opsi --what menerima bookings, batches, waste, atau members, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --out needs a file name, or - for standard output.</source>
        <translation>Opsi --out memerlukan nama berkas, atau - untuk keluaran standar.</translation>
    </message>
    <message>
        <source>With --out - the CSV is standard output, so --json cannot print there too.</source>
        <translation>Dengan --out -, CSV ditulis ke keluaran standar, sehingga --json tidak dapat mencetak ke sana juga.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Menulis %1</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Tidak dapat menulis berkas CSV: %1</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>The database stopped answering in the middle of the export.</source>
        <translation>Basis data berhenti merespons di tengah proses ekspor.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>site %1, month %2, %3, product line %4, category %5, route %6</source>
        <translation>lokasi %1, bulan %2, %3, lini produk %4, kategori %5, penanganan %6</translation>
    </message>
    <message numerus="yes">
        <source>the monthly totals hold %1 %2 from %n line(s)</source>
        <translation>
            <numerusform>total bulanan berisi %1 %2 dari %n catatan limbah</numerusform>
        </translation>
    </message>
    <message>
        <source>the monthly totals hold nothing</source>
        <translation>total bulanan kosong</translation>
    </message>
    <message numerus="yes">
        <source>a recount of the waste lines gives %1 %2 from %n line(s)</source>
        <translation>
            <numerusform>penghitungan ulang catatan limbah menghasilkan %1 %2 dari %n catatan limbah</numerusform>
        </translation>
    </message>
    <message>
        <source>a recount of the waste lines finds nothing</source>
        <translation>penghitungan ulang catatan limbah tidak menemukan apa pun</translation>
    </message>
    <message>
        <source>Waste totals disagree at %1: %2, but %3.</source>
        <translation>Total limbah tidak sesuai pada %1: %2, tetapi %3.</translation>
    </message>
    <message>
        <source>site %1, month %2</source>
        <translation>lokasi %1, bulan %2</translation>
    </message>
    <message numerus="yes">
        <source>At %1, %n waste line(s) are counted in the figures or left out against the state of their batch (live, archived or deleted).</source>
        <translation>
            <numerusform>Pada %1, %n catatan limbah ikut dihitung dalam angka atau dikecualikan secara tidak sesuai dengan status batch produksinya (aktif, diarsipkan, atau dihapus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, %n waste line(s) carry another site, month or product line than their batch.</source>
        <translation>
            <numerusform>Pada %1, %n catatan limbah memuat lokasi, bulan, atau lini produk yang berbeda dari batch produksinya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more finding(s).</source>
        <translation>
            <numerusform>Dan %n temuan lainnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>more text after the end of the value</source>
        <translation>masih ada teks setelah akhir nilai</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>bukan JSON yang valid pada byte %1: %2</translation>
    </message>
    <message>
        <source>unknown word</source>
        <translation>kata tidak dikenal</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>nilai tidak ada</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>karakter tidak terduga</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>susunan bertingkat terlalu dalam</translation>
    </message>
    <message>
        <source>a key in quotes was expected</source>
        <translation>seharusnya ada kunci dalam tanda kutip</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>kunci &quot;%1&quot; muncul dua kali</translation>
    </message>
    <message>
        <source>too many keys</source>
        <translation>terlalu banyak kunci</translation>
    </message>
    <message>
        <source>a colon was expected</source>
        <translation>seharusnya ada titik dua</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>seharusnya ada koma atau kurung kurawal tutup</translation>
    </message>
    <message>
        <source>too many items</source>
        <translation>terlalu banyak elemen</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>seharusnya ada koma atau kurung siku tutup</translation>
    </message>
    <message>
        <source>a digit was expected</source>
        <translation>seharusnya ada digit</translation>
    </message>
    <message>
        <source>a number with a leading zero</source>
        <translation>angka dengan nol di depan</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>angka terlalu besar</translation>
    </message>
    <message>
        <source>only whole numbers are allowed</source>
        <translation>hanya bilangan bulat yang diperbolehkan</translation>
    </message>
    <message>
        <source>an escape \u needs four hexadecimal digits</source>
        <translation>escape \u memerlukan empat digit heksadesimal</translation>
    </message>
    <message>
        <source>the text ends inside an escape</source>
        <translation>teks berakhir di tengah escape</translation>
    </message>
    <message>
        <source>a lone low surrogate</source>
        <translation>low surrogate tanpa pasangan</translation>
    </message>
    <message>
        <source>a high surrogate without its low half</source>
        <translation>high surrogate tanpa pasangan low surrogate-nya</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>karakter NUL</translation>
    </message>
    <message>
        <source>an unknown escape</source>
        <translation>escape tidak dikenal</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>teks berakhir di tengah string</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>karakter kontrol di dalam string</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>teks yang bukan UTF-8</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
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
        <source>No records.</source>
        <translation>Tidak ada data.</translation>
    </message>
    <message>
        <source>This is not a list command.</source>
        <translation>Ini bukan perintah daftar.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari buka</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dipimpin perempuan</translation>
    </message>
    <message>
        <source>Youth-led</source>
        <translation>Dipimpin pemuda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Berbahaya</translation>
    </message>
    <message>
        <source>Site %1 names no responsible manager now: its manager account signs the monthly summary.</source>
        <translation>Lokasi %1 kini tidak menetapkan manajer penanggung jawab: akun manajernya yang menandatangani ringkasan bulanan.</translation>
    </message>
    <message>
        <source>Site %1: %2 signs the monthly summary as responsible manager.</source>
        <translation>Lokasi %1: %2 menandatangani ringkasan bulanan sebagai manajer penanggung jawab.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The demo data could not be created.
%1
Add your sites under Master data, or run &quot;rpb-hijau demo&quot; later.</source>
        <translation>Data demo tidak dapat dibuat.
%1
Tambahkan lokasi Anda di Data induk, atau jalankan &quot;rpb-hijau demo&quot; nanti.</translation>
    </message>
</context>
<context>
    <name>MasterDataRepository</name>
    <message>
        <source>Someone else changed or removed this record after you opened it. Reload it and make your change again.</source>
        <translation>Data ini telah diubah atau dihapus oleh orang lain setelah Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>MasterDataService</name>
    <message>
        <source>There is no such %1.</source>
        <translation>Data %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no %1 with the code or id &quot;%2&quot;.</source>
        <translation>Tidak ada %1 dengan kode atau id &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A machine can only serve product lines of its own site.</source>
        <translation>Mesin hanya dapat melayani lini produk di lokasinya sendiri.</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>Kode %1 sudah dipakai oleh &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>The record was removed by someone else.</source>
        <translation>Data ini telah dihapus oleh orang lain.</translation>
    </message>
    <message>
        <source>A record cannot move to another site.</source>
        <translation>Data tidak dapat dipindahkan ke lokasi lain.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>This is not a member command.</source>
        <translation>Ini bukan perintah anggota UMKM.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>correct the rows named above and run the import again</source>
        <translation>perbaiki baris yang disebutkan di atas, lalu jalankan impor lagi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
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
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dipimpin perempuan</translation>
    </message>
    <message>
        <source>Youth-led</source>
        <translation>Dipimpin pemuda</translation>
    </message>
    <message>
        <source>The file has no members.</source>
        <translation>Berkas tidak berisi anggota UMKM.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Kolom yang diabaikan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n member(s) would be added; nothing was written.</source>
        <translation>
            <numerusform>Uji coba: %n anggota UMKM akan ditambahkan; tidak ada yang ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>%n anggota UMKM diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Save it again as &quot;CSV UTF-8&quot; (in Excel: File &gt; Save As &gt; CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>Simpan ulang sebagai &quot;CSV UTF-8&quot; (di Excel: File &gt; Save As &gt; CSV UTF-8; di LibreOffice: set karakter Unicode (UTF-8)), lalu impor lagi.</translation>
    </message>
    <message>
        <source>A quoted cell that starts in row %1 is never closed; check the quotes (&quot;) in that row.</source>
        <translation>Sel bertanda kutip yang dimulai di baris %1 tidak pernah ditutup; periksa tanda kutip (&quot;) di baris itu.</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>baris %1, kolom %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Berkas lebih besar dari %1 MB; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>The file is UTF-16, not UTF-8.</source>
        <translation>Berkas ini UTF-16, bukan UTF-8.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>baris 1</translation>
    </message>
    <message>
        <source>The file is not UTF-8: line %1 holds bytes that are not UTF-8 text.</source>
        <translation>Berkas ini bukan UTF-8: baris %1 berisi byte yang bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row naming at least name, owner and site.</source>
        <translation>Berkas kosong; berkas memerlukan baris judul yang memuat setidaknya kolom name, owner, dan site.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Berkas tidak memiliki baris judul.</translation>
    </message>
    <message>
        <source>The header row has a cell of more than %L1 characters; this is not a member list.</source>
        <translation>Baris judul memiliki sel yang berisi lebih dari %L1 karakter; ini bukan daftar anggota UMKM.</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the header row.</source>
        <translation>Kolom %1 muncul dua kali di baris judul.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1; it must name at least name, owner and site (separated by %2).</source>
        <translation>Baris judul tidak memuat kolom %1; baris judul harus memuat setidaknya name, owner, dan site (dipisahkan dengan %2).</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>The cell has more than %L1 characters.</source>
        <translation>Sel berisi lebih dari %L1 karakter.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names %2 columns; check the separators and quotes.</source>
        <translation>Baris ini berisi %1 sel, tetapi baris judul memuat %2 kolom; periksa pemisah dan tanda kutipnya.</translation>
    </message>
    <message>
        <source>The site code is missing.</source>
        <translation>Kode lokasi belum diisi.</translation>
    </message>
    <message>
        <source>There is no site with the code &quot;%1&quot;; see `sites list`.</source>
        <translation>Tidak ada lokasi dengan kode &quot;%1&quot;; lihat `sites list`.</translation>
    </message>
    <message>
        <source>The site %1 is archived.</source>
        <translation>Lokasi %1 sudah diarsipkan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write ya/tidak, yes/no or 1/0.</source>
        <translation>&quot;%1&quot; bukan ya atau tidak; tulis ya/tidak, yes/no, atau 1/0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 (owner %2) is already a member of %3 with the code %4.</source>
        <translation>%1 (pemilik %2) sudah menjadi anggota UMKM di %3 dengan kode %4.</translation>
    </message>
    <message>
        <source>The same member (site, name and owner) is already in row %1.</source>
        <translation>Anggota UMKM yang sama (lokasi, nama, dan pemilik) sudah ada di baris %1.</translation>
    </message>
    <message>
        <source>The code %1 is already used at %2.</source>
        <translation>Kode %1 sudah dipakai di %2.</translation>
    </message>
    <message>
        <source>The code %1 is already given in row %2.</source>
        <translation>Kode %1 sudah dipakai di baris %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or cell(s) have problems; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>%n baris atau sel bermasalah; tidak ada yang diimpor. Yang pertama: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>The file lists no members below its header row.</source>
        <translation>Berkas tidak memuat anggota UMKM di bawah baris judulnya.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 is not an RPB Hijau database, or it is damaged.</source>
        <translation>%1 bukan basis data RPB Hijau, atau basis data itu rusak.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RPB Hijau (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>%1 ditulis oleh versi RPB Hijau yang lebih baru (skema %2; versi ini hanya mengenal sampai %3). Pasang versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Tidak dapat membaca versi skema %1.</translation>
    </message>
    <message>
        <source>Cannot take a backup before upgrading the database, so nothing was changed.</source>
        <translation>Tidak dapat membuat cadangan sebelum memperbarui basis data, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; nothing was changed.</source>
        <translation>Pembaruan basis data ke skema %1 gagal; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly green-UMKM summary</source>
        <translation>Ringkasan Bulanan UMKM Hijau</translation>
    </message>
    <message>
        <source>Shared Production House Programme - Ministry of Cooperatives and SMEs</source>
        <translation>Program Rumah Produksi Bersama - Kementerian Koperasi dan UKM</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <source>The month is closed; these figures are final.</source>
        <translation>Bulan ini sudah ditutup; angka-angka ini final.</translation>
    </message>
    <message>
        <source>The month is still open; these figures may change.</source>
        <translation>Bulan ini masih terbuka; angka-angka ini dapat berubah.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Waste generated (kg)</source>
        <translation>Limbah dihasilkan (kg)</translation>
    </message>
    <message>
        <source>Waste generated (L)</source>
        <translation>Limbah dihasilkan (L)</translation>
    </message>
    <message>
        <source>Diverted from disposal, kg (GRI 306)</source>
        <translation>Dialihkan dari pembuangan, kg (GRI 306)</translation>
    </message>
    <message>
        <source>Diverted from disposal, L (GRI 306)</source>
        <translation>Dialihkan dari pembuangan, L (GRI 306)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energi (kWh)</translation>
    </message>
    <message>
        <source>Water (L)</source>
        <translation>Air (L)</translation>
    </message>
    <message>
        <source>Machine hours available</source>
        <translation>Jam mesin tersedia</translation>
    </message>
    <message>
        <source>Machine hours booked</source>
        <translation>Jam mesin dipesan</translation>
    </message>
    <message>
        <source>Machine hours used</source>
        <translation>Jam mesin dipakai</translation>
    </message>
    <message>
        <source>Booked share of available hours</source>
        <translation>Porsi jam dipesan dari jam tersedia</translation>
    </message>
    <message>
        <source>Used share of available hours</source>
        <translation>Porsi jam dipakai dari jam tersedia</translation>
    </message>
    <message>
        <source>Members served</source>
        <translation>Anggota terlayani</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dipimpin perempuan</translation>
    </message>
    <message>
        <source>Youth-led</source>
        <translation>Dipimpin pemuda</translation>
    </message>
    <message>
        <source>Women- or youth-led (aim 70 %)</source>
        <translation>Dipimpin perempuan atau pemuda (target 70 %)</translation>
    </message>
    <message>
        <source>aim met</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <source>below aim</source>
        <translation>di bawah target</translation>
    </message>
    <message>
        <source>Production by product line</source>
        <translation>Produksi per lini produk</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Waste kg per unit</source>
        <translation>Limbah kg per satuan</translation>
    </message>
    <message>
        <source>Waste L per unit</source>
        <translation>Limbah L per satuan</translation>
    </message>
    <message>
        <source>kWh per unit</source>
        <translation>kWh per satuan</translation>
    </message>
    <message>
        <source>Water L per unit</source>
        <translation>Air L per satuan</translation>
    </message>
    <message>
        <source>No production this month.</source>
        <translation>Tidak ada produksi bulan ini.</translation>
    </message>
    <message>
        <source>Waste per product line</source>
        <translation>Limbah per lini produk</translation>
    </message>
    <message>
        <source>Chart not available in this build.</source>
        <translation>Grafik tidak tersedia pada versi ini.</translation>
    </message>
    <message>
        <source>Waste by category and handling route (GRI 306)</source>
        <translation>Limbah per kategori dan cara penanganan (GRI 306)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Handling route</source>
        <translation>Cara penanganan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Waste generated</source>
        <translation>Limbah dihasilkan</translation>
    </message>
    <message>
        <source>Diverted from disposal</source>
        <translation>Dialihkan dari pembuangan</translation>
    </message>
    <message>
        <source>Directed to disposal</source>
        <translation>Diarahkan ke pembuangan</translation>
    </message>
    <message>
        <source>No waste recorded this month.</source>
        <translation>Tidak ada limbah tercatat bulan ini.</translation>
    </message>
    <message>
        <source>Utilisation by machine</source>
        <translation>Pemakaian per mesin</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>Jam tersedia</translation>
    </message>
    <message>
        <source>Maintenance h</source>
        <translation>Jam perawatan</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>Jam dipesan</translation>
    </message>
    <message>
        <source>Used h</source>
        <translation>Jam dipakai</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>dalam perawatan</translation>
    </message>
    <message>
        <source>No machines.</source>
        <translation>Tidak ada mesin.</translation>
    </message>
    <message>
        <source>Sites compared</source>
        <translation>Perbandingan lokasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diverted (kg)</source>
        <translation>Dialihkan (kg)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>Manajer lokasi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>Versi data</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Limbah kg</translation>
    </message>
    <message>
        <source>Waste L</source>
        <translation>Limbah L</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Women/youth-led</source>
        <translation>Perempuan/pemuda</translation>
    </message>
    <message>
        <source>Utilisation by site</source>
        <translation>Pemakaian per lokasi</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>The site&apos;s local calendar month, from 00:00 on the 1st to 00:00 on the 1st of the next month in the site&apos;s time zone (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9; Indonesia has no daylight saving). A batch counts in the month of its production date. Booked, used and maintenance time is cut at the month&apos;s bounds: a booking from 22:00 on the last day to 02:00 on the 1st counts 2 hours in each month. All sites: each site&apos;s own month.</source>
        <translation>Bulan kalender lokal lokasi, dari pukul 00.00 tanggal 1 sampai pukul 00.00 tanggal 1 bulan berikutnya menurut zona waktu lokasi (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9; Indonesia tidak memakai waktu musim panas). Batch dihitung pada bulan tanggal produksinya. Jam dipesan, dipakai, dan perawatan dipotong pada batas bulan: pemesanan pukul 22.00 hari terakhir sampai 02.00 tanggal 1 dihitung 2 jam di masing-masing bulan. Semua lokasi: bulan lokal setiap lokasi.</translation>
    </message>
    <message>
        <source>Production batches of the month that count: neither deleted nor archived (checked or not).</source>
        <translation>Batch produksi bulan itu yang dihitung: tidak dihapus dan tidak diarsipkan (sudah diperiksa atau belum).</translation>
    </message>
    <message>
        <source>The output of the batches per product line, in the line&apos;s unit (kg, L or pieces). Lines are never added together: in the all-sites summary each site&apos;s lines stay apart (site code and line code).</source>
        <translation>Hasil batch per lini produk, dalam satuan lini itu (kg, L, atau buah). Lini tidak pernah dijumlahkan: pada ringkasan semua lokasi, lini setiap lokasi tetap terpisah (kode lokasi dan kode lini).</translation>
    </message>
    <message>
        <source>The waste lines of the counted batches, by category and handling route; kg and L apart, never added together (GRI 306-3).</source>
        <translation>Catatan limbah dari batch yang dihitung, per kategori dan cara penanganan; kg dan L terpisah, tidak pernah dijumlahkan (GRI 306-3).</translation>
    </message>
    <message>
        <source>Waste sent to reuse, sold as a by-product, recycled, composted or used for energy (GRI 306-4). Landfill, treated discharge and open burning are directed to disposal (GRI 306-5).</source>
        <translation>Limbah yang diguna ulang, dijual sebagai produk samping, didaur ulang, dikomposkan, atau dipakai untuk energi (GRI 306-4). Penimbunan di TPA, pembuangan setelah diolah, dan pembakaran terbuka diarahkan ke pembuangan (GRI 306-5).</translation>
    </message>
    <message>
        <source>Diversion rate</source>
        <translation>Tingkat pengalihan</translation>
    </message>
    <message>
        <source>Diverted waste divided by waste generated, for kg and for L apart, in percent; a dash when no waste was generated.</source>
        <translation>Limbah yang dialihkan dibagi limbah yang dihasilkan, untuk kg dan L terpisah, dalam persen; tanda pisah bila tidak ada limbah.</translation>
    </message>
    <message>
        <source>Waste intensity</source>
        <translation>Intensitas limbah</translation>
    </message>
    <message>
        <source>A product line&apos;s waste (kg, and L apart) per unit of its output, e.g. kg of spent leaves per kg of oil; a dash when the line had no output.</source>
        <translation>Limbah suatu lini produk (kg, dan L terpisah) per satuan hasilnya, misalnya kg ampas daun per kg minyak; tanda pisah bila lini itu tidak menghasilkan apa pun.</translation>
    </message>
    <message>
        <source>Energy and water per unit</source>
        <translation>Energi dan air per satuan</translation>
    </message>
    <message>
        <source>The kWh and litres of water the line&apos;s batches recorded, per unit of its output.</source>
        <translation>kWh dan liter air yang dicatat batch suatu lini, per satuan hasilnya.</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>Jam tersedia</translation>
    </message>
    <message>
        <source>For each machine, the site&apos;s opening hours in the month (its open days and hours) less the maintenance within them, added over the site&apos;s machines; an archived machine counts only when it was booked in the month.</source>
        <translation>Untuk setiap mesin, jam buka lokasi pada bulan itu (hari dan jam bukanya) dikurangi perawatan di dalamnya, dijumlahkan untuk semua mesin lokasi; mesin yang diarsipkan hanya dihitung bila dipesan pada bulan itu.</translation>
    </message>
    <message>
        <source>Maintenance hours</source>
        <translation>Jam perawatan</translation>
    </message>
    <message>
        <source>Maintenance windows of the machines, counted where they fall within opening hours.</source>
        <translation>Jadwal perawatan mesin, dihitung sejauh jatuh di dalam jam buka.</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Jam dipesan</translation>
    </message>
    <message>
        <source>The scheduled time of every booking that was not cancelled: requested, confirmed, checked in, done and no-show. A no-show counts: it held the machine, which is the gap between booked and used.</source>
        <translation>Waktu terjadwal setiap pemesanan yang tidak dibatalkan: diajukan, dikonfirmasi, sedang dipakai, selesai, dan tidak hadir. Pemesanan tidak hadir dihitung: mesin tertahan untuknya, dan itulah selisih antara jam dipesan dan jam dipakai.</translation>
    </message>
    <message>
        <source>Used hours</source>
        <translation>Jam dipakai</translation>
    </message>
    <message>
        <source>The time between check-in and check-out of the bookings checked out (done). A booking still checked in counts once it is checked out.</source>
        <translation>Waktu antara check-in dan check-out dari pemesanan yang sudah check-out (selesai). Pemesanan yang masih berjalan dihitung setelah check-out.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <source>Booked hours, and used hours, as a share of the available hours. It may pass 100 % where a machine takes several bookings at once (its capacity).</source>
        <translation>Jam dipesan, dan jam dipakai, sebagai porsi dari jam tersedia. Dapat melebihi 100 % bila satu mesin menerima beberapa pemesanan sekaligus (kapasitasnya).</translation>
    </message>
    <message>
        <source>Members with a counted batch in the month, or a booking used in the month (checked in, or checked out with its time of use in the month), each counted once. A booking not used (requested, confirmed, cancelled or a no-show) serves nobody.</source>
        <translation>Anggota yang memiliki batch terhitung pada bulan itu, atau pemesanan yang dipakai pada bulan itu (sudah check-in, atau sudah check-out dengan waktu pakai di bulan itu), masing-masing dihitung sekali. Pemesanan yang tidak dipakai (diajukan, dikonfirmasi, dibatalkan, atau tidak hadir) tidak melayani siapa pun.</translation>
    </message>
    <message>
        <source>Women-led, youth-led</source>
        <translation>Dipimpin perempuan, pemuda</translation>
    </message>
    <message>
        <source>The share of the members served whose business is led by a woman, by a young person (16 to 30 years, Law 40/2009), or by either, as the member register records it; the aim is 70 % for either.</source>
        <translation>Porsi anggota terlayani yang usahanya dipimpin perempuan, pemuda (16 sampai 30 tahun, UU 40/2009), atau salah satunya, menurut data anggota; targetnya 70 % untuk salah satunya.</translation>
    </message>
    <message>
        <source>This month less the previous month; rates and shares change in percentage points (pp). No change is given when the previous month holds no counted batch (no data), or fewer than %1 or fewer than half as many as this month (too little data).</source>
        <translation>Bulan ini dikurangi bulan lalu; tingkat dan porsi berubah dalam poin persentase (poin). Perubahan tidak ditampilkan bila bulan lalu tidak memuat batch terhitung (tidak ada data), atau kurang dari %1 atau kurang dari separuh bulan ini (data terlalu sedikit).</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Quantities in kg, L and kWh with one decimal, pieces whole, per-unit figures with three decimals, hours and percentages with one, rounded half up. The JSON file holds the exact values.</source>
        <translation>Jumlah dalam kg, L, dan kWh dengan satu desimal, buah tanpa desimal, angka per satuan dengan tiga desimal, jam dan persen dengan satu desimal, dibulatkan setengah ke atas. Berkas JSON memuat nilai tepatnya.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disiapkan oleh</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Disiapkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>For the central office</source>
        <translation>Untuk kantor pusat</translation>
    </message>
    <message>
        <source>No comparison: %1 holds no data.</source>
        <translation>Tanpa perbandingan: %1 tidak memuat data.</translation>
    </message>
    <message>
        <source>No comparison: %1 holds too little data to compare (%2 batches, this month %3).</source>
        <translation>Tanpa perbandingan: data %1 terlalu sedikit untuk dibandingkan (%2 batch, bulan ini %3).</translation>
    </message>
    <message>
        <source>Waste intensity (waste per unit of output)</source>
        <translation>Intensitas limbah (limbah per satuan hasil)</translation>
    </message>
    <message>
        <source>Energy and water per unit of output</source>
        <translation>Energi dan air per satuan hasil</translation>
    </message>
    <message>
        <source>This month: kg per unit</source>
        <translation>Bulan ini: kg per satuan</translation>
    </message>
    <message>
        <source>Previous: kg per unit</source>
        <translation>Bulan lalu: kg per satuan</translation>
    </message>
    <message>
        <source>This month: L per unit</source>
        <translation>Bulan ini: L per satuan</translation>
    </message>
    <message>
        <source>Previous: L per unit</source>
        <translation>Bulan lalu: L per satuan</translation>
    </message>
    <message>
        <source>This month: kWh per unit</source>
        <translation>Bulan ini: kWh per satuan</translation>
    </message>
    <message>
        <source>Previous: kWh per unit</source>
        <translation>Bulan lalu: kWh per satuan</translation>
    </message>
    <message>
        <source>This month: water L per unit</source>
        <translation>Bulan ini: air L per satuan</translation>
    </message>
    <message>
        <source>Previous: water L per unit</source>
        <translation>Bulan lalu: air L per satuan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Machine hours under maintenance</source>
        <translation>Jam mesin dalam perawatan</translation>
    </message>
    <message>
        <source>Definitions of the figures</source>
        <translation>Definisi angka</translation>
    </message>
</context>
<context>
    <name>PackageFormat</name>
    <message>
        <source>This is not an RPB Hijau sync package.</source>
        <translation>Ini bukan paket sinkronisasi RPB Hijau.</translation>
    </message>
    <message>
        <source>The package&apos;s first line (its manifest) is damaged: %1</source>
        <translation>Baris pertama paket (manifesnya) rusak: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or of the wrong type.</source>
        <translation>&quot;%1&quot; tidak ada atau jenisnya salah.</translation>
    </message>
    <message>
        <source>The package is of a newer format (version %1) than this version of RPB Hijau reads (version %2); update RPB Hijau to import it.</source>
        <translation>Format paket ini (versi %1) lebih baru daripada yang dapat dibaca versi RPB Hijau ini (versi %2); perbarui RPB Hijau untuk mengimpornya.</translation>
    </message>
    <message>
        <source>&quot;from_seq&quot; and &quot;to_seq&quot; must be whole numbers, the first not above the second.</source>
        <translation>&quot;from_seq&quot; dan &quot;to_seq&quot; harus berupa bilangan bulat, dan yang pertama tidak boleh lebih besar daripada yang kedua.</translation>
    </message>
    <message>
        <source>&quot;counts&quot; names &quot;%1&quot;, a kind of record this version does not know.</source>
        <translation>&quot;counts&quot; menyebut &quot;%1&quot;, jenis data yang tidak dikenal oleh versi ini.</translation>
    </message>
    <message>
        <source>The package is incomplete: its last line is not the closing line with the checksum. It was probably cut short while being copied.</source>
        <translation>Paket tidak lengkap: baris terakhirnya bukan baris penutup yang berisi checksum. Kemungkinan paket terpotong saat disalin.</translation>
    </message>
    <message>
        <source>The package was made for database schema %1, which this version of RPB Hijau does not know (it knows schemas %2 and %3).</source>
        <translation>Paket ini dibuat untuk skema basis data %1, yang tidak dikenal oleh versi RPB Hijau ini (versi ini mengenal skema %2 dan %3).</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>The package holds site %1, whose records are kept in this very database; a site&apos;s packages are imported into the central office&apos;s database, not back into its own.</source>
        <translation>Paket ini berisi lokasi %1, yang datanya disimpan di basis data ini sendiri; paket suatu lokasi diimpor ke basis data kantor pusat, bukan kembali ke basis data lokasi itu sendiri.</translation>
    </message>
    <message>
        <source>This database already has another site with the code %1; the package&apos;s site %1 is a different one (another UUID), so it cannot be imported here.</source>
        <translation>Basis data ini sudah memiliki lokasi lain dengan kode %1; lokasi %1 dalam paket adalah lokasi yang berbeda (UUID-nya lain), sehingga tidak dapat diimpor di sini.</translation>
    </message>
    <message>
        <source>A %1 record comes after the %2 records; a package lists its records in the order of their kinds, so that a record never refers ahead.</source>
        <translation>Data %1 muncul setelah data %2; paket mencantumkan datanya menurut urutan jenisnya, sehingga tidak ada data yang merujuk ke data sesudahnya.</translation>
    </message>
    <message>
        <source>The %1 belongs to the site %2, not to the package&apos;s site %3; a package carries the records of one site.</source>
        <translation>Data %1 milik lokasi %2, bukan lokasi paket ini (%3); satu paket hanya memuat data satu lokasi.</translation>
    </message>
    <message>
        <source>The UUID %1 (%2) appears twice in the package.</source>
        <translation>UUID %1 (%2) muncul dua kali dalam paket.</translation>
    </message>
    <message>
        <source>The %1 belongs to the site %2, which is neither earlier in the package nor in this database.</source>
        <translation>Data %1 milik lokasi %2, yang tidak ada sebelumnya dalam paket maupun di basis data ini.</translation>
    </message>
    <message>
        <source>The %1 belongs to another site in this database than in the package.</source>
        <translation>Data %1 di basis data ini milik lokasi yang berbeda dengan di paket.</translation>
    </message>
    <message>
        <source>The database refused the %1: %2</source>
        <translation>Basis data menolak data %1: %2</translation>
    </message>
    <message>
        <source>The file is empty; it is not a sync package.</source>
        <translation>Berkas kosong; ini bukan paket sinkronisasi.</translation>
    </message>
    <message>
        <source>Stopped before the end; nothing was changed.</source>
        <translation>Dihentikan sebelum selesai; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The package is incomplete: it ends after its first line. It was probably cut short while being copied.</source>
        <translation>Paket tidak lengkap: paket berakhir setelah baris pertamanya. Kemungkinan paket terpotong saat disalin.</translation>
    </message>
    <message>
        <source>The package was altered or damaged: its checksum does not match its content. Ask for the package again.</source>
        <translation>Paket telah diubah atau rusak: checksum-nya tidak cocok dengan isinya. Mintalah paket itu lagi.</translation>
    </message>
    <message>
        <source>The package&apos;s closing line counts %1 records, but it holds %2.</source>
        <translation>Baris penutup paket menyebut %1 data, tetapi paket berisi %2.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest counts %1 %2 records, but it holds %3.</source>
        <translation>Manifes paket menyebut %1 data %2, tetapi paket berisi %3.</translation>
    </message>
    <message>
        <source>The %1 cannot be added: another record here already has the same code (or month) under another identity.</source>
        <translation>Data %1 tidak dapat ditambahkan: data lain di sini sudah memakai kode (atau bulan) yang sama dengan identitas yang berbeda.</translation>
    </message>
    <message>
        <source>The %1 breaks a rule of the data (%2).</source>
        <translation>Data %1 melanggar aturan data (%2).</translation>
    </message>
    <message>
        <source>The %1 refers to a record that is neither here nor in the package.</source>
        <translation>Data %1 merujuk ke data yang tidak ada di sini maupun di paket.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>data %1</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <extracomment>%1 is a record (&quot;batch ACH-2602-0001&quot;), %2 the field&apos;s key in the package (&quot;production_date&quot;), %3 what is wrong with it.</extracomment>
        <translation>%1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The %1 %2 is neither earlier in the package nor in this database.</source>
        <translation>%1 %2 tidak ada sebelumnya di paket maupun di basis data ini.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to another site; a record refers only to records of its own site.</source>
        <translation>%1 %2 milik lokasi lain; sebuah catatan hanya boleh merujuk catatan dari lokasinya sendiri.</translation>
    </message>
    <message numerus="yes">
        <source>%n waste line(s) of the batch kept here still count in another month; a package that moves a batch to another month brings its waste lines too.</source>
        <translation>
            <numerusform>%n baris limbah dari batch yang tersimpan di sini masih terhitung di bulan lain; paket yang memindahkan batch ke bulan lain harus membawa baris limbahnya juga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waste line(s) of the batch kept here still name another product line; a package that changes a batch&apos;s product line brings its waste lines too.</source>
        <translation>
            <numerusform>%n baris limbah dari batch yang tersimpan di sini masih menyebut lini produk lain; paket yang mengubah lini produk batch harus membawa baris limbahnya juga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live waste line(s) of the category kept here are counted in another unit; a category&apos;s unit cannot change under its waste lines.</source>
        <translation>
            <numerusform>%n baris limbah aktif dari kategori yang tersimpan di sini dihitung dalam satuan lain; satuan kategori tidak boleh berubah selama masih ada baris limbahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package could not be read consistently; nothing was changed.</source>
        <translation>Paket tidak dapat dibaca secara konsisten; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>Cannot read the package.</source>
        <translation>Tidak dapat membaca paket.</translation>
    </message>
    <message>
        <source>The package is incomplete: line %1 stops without its line end. It was probably cut short while being copied.</source>
        <translation>Paket tidak lengkap: baris %1 terhenti tanpa akhir baris. Kemungkinan paket terpotong saat disalin.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB, which no line of a sync package is; this is not a package, or it is damaged.</source>
        <translation>Baris %1 lebih panjang dari %2 MiB, padahal tidak ada baris paket sinkronisasi yang sepanjang itu; ini bukan paket, atau paketnya rusak.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>Cannot write the package %1.</source>
        <translation>Tidak dapat menulis paket %1.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your account (%1) may only read and print.</source>
        <translation>Akun Anda (%1) hanya boleh membaca dan mencetak.</translation>
    </message>
    <message>
        <source>Your account (%1) may only change the records of its own site.</source>
        <translation>Akun Anda (%1) hanya boleh mengubah data lokasinya sendiri.</translation>
    </message>
    <message>
        <source>Your account (%1) may only change its own entries; ask a manager.</source>
        <translation>Akun Anda (%1) hanya boleh mengubah entri yang dibuatnya sendiri; hubungi manajer.</translation>
    </message>
    <message>
        <source>Only a manager may do this (signed in as %1, an operator).</source>
        <translation>Hanya manajer yang boleh melakukan ini (Anda masuk sebagai %1, seorang operator).</translation>
    </message>
    <message>
        <source>Setup administrator</source>
        <translation>Administrator penyiapan</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>This site&apos;s records come from its own database through sync packages and are read-only here; change them at the site.</source>
        <translation>Data lokasi ini berasal dari basis data lokasi itu sendiri melalui paket sinkronisasi dan hanya dapat dibaca di sini; ubahlah di lokasi tersebut.</translation>
    </message>
    <message>
        <source>Your account (%1) may only read the records of its own site.</source>
        <translation>Akun Anda (%1) hanya boleh membaca data lokasinya sendiri.</translation>
    </message>
    <message>
        <source>Your account (%1) may only read the records of its own site, not those of every site together.</source>
        <translation>Akun Anda (%1) hanya boleh membaca data lokasinya sendiri, bukan data semua lokasi sekaligus.</translation>
    </message>
    <message>
        <source>Only managers and viewers read the audit log (signed in as %1, an operator).</source>
        <translation>Hanya manajer dan peninjau yang boleh membaca log audit (Anda masuk sebagai %1, seorang operator).</translation>
    </message>
    <message>
        <source>Nobody is signed in; sign in first.</source>
        <translation>Belum ada yang masuk; silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only a manager of all sites adds a site (signed in as %1).</source>
        <translation>Hanya manajer semua lokasi yang boleh menambah lokasi (Anda masuk sebagai %1).</translation>
    </message>
    <message>
        <source>Your account (%1) may only move or cancel the bookings it made; ask a manager.</source>
        <translation>Akun Anda (%1) hanya boleh memindahkan atau membatalkan pemesanan jadwal yang dibuatnya sendiri; hubungi manajer.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
</context>
<context>
    <name>PlanningCommands</name>
    <message>
        <source>This is not a planning command.</source>
        <translation>Ini bukan perintah perencanaan.</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Akhir rentang harus setelah awalnya.</translation>
    </message>
    <message>
        <source>Give --equipment or --type, not both.</source>
        <translation>Berikan --equipment atau --type, jangan keduanya.</translation>
    </message>
    <message>
        <source>%1 has no machine of the type &quot;%2&quot;; its types are: %3.</source>
        <translation>%1 tidak memiliki mesin berjenis &quot;%2&quot;; jenis yang ada: %3.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>No free slot of that length in this range.</source>
        <translation>Tidak ada slot kosong sepanjang itu dalam rentang ini.</translation>
    </message>
    <message>
        <source>Choose one of --site, --equipment and --member, not %1.</source>
        <translation>Pilih salah satu dari --site, --equipment, dan --member, bukan %1.</translation>
    </message>
    <message numerus="yes">
        <source>Choose the bookings with --site, --equipment or --member: this database has %n site(s).</source>
        <translation>
            <numerusform>Pilih pemesanan jadwal dengan --site, --equipment, atau --member: basis data ini memiliki %n lokasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last date comes before the first.</source>
        <translation>Tanggal terakhir lebih awal daripada tanggal pertama.</translation>
    </message>
    <message>
        <source>Cannot write the calendar file: %1</source>
        <translation>Tidak dapat menulis berkas kalender: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) from %1 to %2 written to %3.</source>
        <translation>
            <numerusform>%n pemesanan jadwal dari %1 sampai %2 ditulis ke %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (hours in the site&apos;s local time):</source>
        <translation>%1, %2 (jam menurut waktu setempat lokasi):</translation>
    </message>
    <message>
        <source>Open h</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Maint. h</source>
        <translation>Jam perawatan</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>Jam tersedia</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>Jam dipesan</translation>
    </message>
    <message>
        <source>Used h</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>Booked %</source>
        <translation>% dipesan</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>% terpakai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No machines.</source>
        <translation>Tidak ada mesin.</translation>
    </message>
</context>
<context>
    <name>QtChartsPainter</name>
    <message>
        <source>No waste recorded for this selection</source>
        <translation>Tidak ada limbah yang tercatat untuk pilihan ini</translation>
    </message>
    <message>
        <source>The chart needs at least 100 by 100 pixels.</source>
        <translation>Grafik memerlukan ukuran minimal 100 × 100 piksel.</translation>
    </message>
    <message>
        <source>RPB Hijau waste chart</source>
        <translation>Grafik limbah RPB Hijau</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg.</source>
        <translation>Simpan grafik sebagai .png atau .svg.</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>A number is required.</source>
        <translation>Angka wajib diisi.</translation>
    </message>
    <message>
        <source>At most three decimals are allowed.</source>
        <translation>Paling banyak tiga angka desimal.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Angkanya terlalu besar.</translation>
    </message>
    <message>
        <source>Not a number: &quot;%1&quot;; write it like %2.</source>
        <translation>Bukan angka: "%1"; tulis seperti %2.</translation>
    </message>
</context>
<context>
    <name>RecordCodec</name>
    <message>
        <source>&quot;%1&quot; must be a UUID in quotes.</source>
        <translation>&quot;%1&quot; harus berupa UUID dalam tanda kutip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID: %2.</source>
        <translation>&quot;%1&quot; bukan UUID: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be null.</source>
        <translation>&quot;%1&quot; tidak boleh null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes.</source>
        <translation>&quot;%1&quot; harus berupa teks dalam tanda kutip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; tidak boleh &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be negative.</source>
        <translation>&quot;%1&quot; tidak boleh negatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; harus true atau false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of UUIDs.</source>
        <translation>&quot;%1&quot; harus berupa daftar UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a record twice.</source>
        <translation>&quot;%1&quot; menyebut satu data dua kali.</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>Data harus berupa objek JSON.</translation>
    </message>
    <message>
        <source>A record has the unknown key &quot;%1&quot;.</source>
        <translation>Data memiliki kunci &quot;%1&quot; yang tidak dikenal.</translation>
    </message>
    <message>
        <source>A record must say its &quot;kind&quot;.</source>
        <translation>Data harus menyebutkan &quot;kind&quot;-nya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record this version knows.</source>
        <translation>&quot;%1&quot; bukan jenis data yang dikenal oleh versi ini.</translation>
    </message>
    <message>
        <source>A site&apos;s &quot;site&quot; must be its own UUID.</source>
        <translation>&quot;site&quot; pada data lokasi harus berupa UUID lokasi itu sendiri.</translation>
    </message>
    <message>
        <source>&quot;row_version&quot; must be 1 or more.</source>
        <translation>&quot;row_version&quot; harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; must be true or false.</source>
        <translation>&quot;deleted&quot; harus true atau false.</translation>
    </message>
    <message>
        <source>A record must carry its &quot;data&quot; as an object.</source>
        <translation>Data harus memuat &quot;data&quot;-nya sebagai objek.</translation>
    </message>
    <message>
        <source>A %1 record has the unknown field &quot;%2&quot;.</source>
        <translation>Data %1 memiliki kolom &quot;%2&quot; yang tidak dikenal.</translation>
    </message>
    <message>
        <source>A %1 record lacks the field &quot;%2&quot;.</source>
        <translation>Data %1 tidak memiliki kolom &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>Batch code</source>
        <translation>Kode batch</translation>
    </message>
    <message>
        <source>The batch counts in the month %1, but its production date %2 is in %3.</source>
        <translation>Batch terhitung di bulan %1, tetapi tanggal produksinya %2 ada di bulan %3.</translation>
    </message>
    <message>
        <source>The waste line counts in the month %1, but its batch counts in %2.</source>
        <translation>Baris limbah terhitung di bulan %1, tetapi batch-nya terhitung di bulan %2.</translation>
    </message>
    <message>
        <source>The waste line names another product line than its batch.</source>
        <translation>Baris limbah menyebut lini produk yang berbeda dari batch-nya.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&quot;%1&quot; is not a valid repeat rule (RFC 5545 RRULE), for example FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.</source>
        <translation>&quot;%1&quot; bukan aturan pengulangan yang valid (RFC 5545 RRULE), misalnya FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.</translation>
    </message>
    <message>
        <source>A booking repeats daily, weekly, monthly or yearly, not more often.</source>
        <translation>Pemesanan jadwal dapat berulang harian, mingguan, bulanan, atau tahunan, tidak lebih sering.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Tulis bulan dalam bentuk YYYY-MM.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Say what to make of the report: --pdf FILE, --html FILE or --json.</source>
        <translation>Tentukan bentuk laporan: --pdf FILE, --html FILE, atau --json.</translation>
    </message>
    <message>
        <source>The option --%1 needs a file name.</source>
        <translation>Opsi --%1 memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2.</source>
        <translation>
            <numerusform>%1 ditulis: %n halaman, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: HTML, %2.</source>
        <translation>%1 ditulis: HTML, %2.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Berkas tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Dokumen tidak dapat digambar.</translation>
    </message>
    <message>
        <source>The output device could not be opened.</source>
        <translation>Perangkat keluaran tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Berkas tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>Rpb::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Tentang %1</translation>
    </message>
    <message>
        <source>Machine bookings, production batches, waste and green-UMKM summaries for shared production houses (rumah produksi bersama).</source>
        <translation>Pemesanan jadwal mesin, batch produksi, limbah, dan ringkasan UMKM hijau untuk rumah produksi bersama (RPB).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versi skema:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>Rpb::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Akun %1</translation>
    </message>
    <message>
        <source>e.g. siti.ach</source>
        <translation>mis. siti.ach</translation>
    </message>
    <message>
        <source>A sign-in name stays as it is: the audit log names people by it.</source>
        <translation>Nama pengguna tidak dapat diubah: log audit mencatat orang berdasarkan nama ini.</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Manager: everything at the site, accounts included. Operator: bookings, check-in and out, batches. Viewer: reads and prints only.</source>
        <translation>Manajer: semua hal di lokasi, termasuk akun. Operator: pemesanan jadwal, check-in dan check-out, batch produksi. Peninjau: hanya membaca dan mencetak.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Site no. %1</source>
        <translation>Lokasi no. %1</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>L&amp;okasi:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minimal %n karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>Rpb::AccountModel</name>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Rpb::AccountsTab</name>
    <message>
        <source>Let this person sign in again.</source>
        <translation>Izinkan orang ini masuk lagi.</translation>
    </message>
    <message>
        <source>Stop this person from signing in; their entries and the audit log keep their name.</source>
        <translation>Cegah orang ini masuk; entri yang dibuatnya dan log audit tetap mencantumkan namanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Kata sandi %1 sudah disetel ulang.</translation>
    </message>
    <message>
        <source>Saved: the window never locks by itself.</source>
        <translation>Tersimpan: jendela tidak pernah terkunci dengan sendirinya.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the window locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Tersimpan: jendela terkunci setelah %n menit tanpa aktivitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>T&amp;ambah...</translation>
    </message>
    <message>
        <source>Add an account for a manager, operator or viewer (Alt+A)</source>
        <translation>Tambahkan akun untuk manajer, operator, atau peninjau (Alt+A)</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Change the full name, role or site of the selected account (Enter)</source>
        <translation>Ubah nama lengkap, peran, atau lokasi akun terpilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Setel ulang kata sandi...</translation>
    </message>
    <message>
        <source>Give the selected account a new password, for a person who forgot theirs.</source>
        <translation>Beri akun terpilih kata sandi baru, untuk orang yang lupa kata sandinya.</translation>
    </message>
    <message>
        <source>Lock when nobody uses the window</source>
        <translation>Kunci saat jendela tidak dipakai</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after</source>
        <translation>Kun&amp;ci jendela setelah</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>without keyboard or mouse input (0: never)</source>
        <translation>tanpa masukan keyboard atau mouse (0: tidak pernah)</translation>
    </message>
    <message>
        <source>Se&amp;t</source>
        <translation>Te&amp;rapkan</translation>
    </message>
    <message>
        <source>Enab&amp;le</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>Disab&amp;le</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
</context>
<context>
    <name>Rpb::AuditModel</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Diaktifkan</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi disetel ulang</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Dipindahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>Rangkaian pemesanan jadwal</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Auto-confirm</source>
        <translation>Konfirmasi otomatis</translation>
    </message>
    <message>
        <source>Book ahead (days)</source>
        <translation>Batas pemesanan ke depan (hari)</translation>
    </message>
    <message>
        <source>Buffer (minutes)</source>
        <translation>Waktu jeda (menit)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Berbahaya</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>Kunci setelah (menit)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Mass-balance tolerance (%)</source>
        <translation>Toleransi neraca massa (%)</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>Pemesanan terlama (menit)</translation>
    </message>
    <message>
        <source>Shortest booking (minutes)</source>
        <translation>Pemesanan tersingkat (menit)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>Hari buka</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Weekly quota (minutes)</source>
        <translation>Kuota mingguan (menit)</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dipimpin perempuan</translation>
    </message>
    <message>
        <source>Youth-led</source>
        <translation>Dipimpin pemuda</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Waste category</source>
        <translation>Kategori limbah</translation>
    </message>
    <message>
        <source>Records added or changed</source>
        <translation>Data yang ditambah atau diubah</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Jam tutup</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Tanggal produksi</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Tanggal pertama</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>Paket lengkap</translation>
    </message>
    <message>
        <source>Input material</source>
        <translation>Bahan masukan</translation>
    </message>
    <message>
        <source>Input quantity</source>
        <translation>Jumlah masukan</translation>
    </message>
    <message>
        <source>Input unit</source>
        <translation>Satuan masukan</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Tanggal terakhir</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Dates booked</source>
        <translation>Tanggal yang dipesan</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Output unit</source>
        <translation>Satuan hasil</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Handling route</source>
        <translation>Cara penanganan</translation>
    </message>
    <message>
        <source>Version of the record</source>
        <translation>Versi data</translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation>Aturan pengulangan</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Rangkaian</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Dates skipped</source>
        <translation>Tanggal yang dilewati</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Changes up to number</source>
        <translation>Perubahan sampai nomor</translation>
    </message>
    <message>
        <source>Note on the warnings</source>
        <translation>Catatan atas peringatan</translation>
    </message>
    <message>
        <source>Waste lines</source>
        <translation>Catatan limbah</translation>
    </message>
    <message>
        <source>Waste (kg)</source>
        <translation>Limbah (kg)</translation>
    </message>
    <message>
        <source>Waste (L)</source>
        <translation>Limbah (L)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Manajer penanggung jawab</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Benih acak</translation>
    </message>
</context>
<context>
    <name>Rpb::AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Tidak ada entri yang cocok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown, newest first</source>
        <translation>
            <numerusform>%1 dari %n entri ditampilkan, terbaru di atas</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Who changed what and when, with the old and new value of each field. The log can only be read: nobody can change or remove its entries.</source>
        <translation>Siapa mengubah apa dan kapan, beserta nilai lama dan nilai baru setiap kolom. Log ini hanya dapat dibaca: tidak ada yang dapat mengubah atau menghapus entrinya.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Pen&amp;gguna:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>code, name or kind of record (Ctrl+F)</source>
        <translation>kode, nama, atau jenis data (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>Da&amp;ri</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read the log again (F5)</source>
        <translation>Baca ulang log (F5)</translation>
    </message>
    <message>
        <source>Ch&amp;anges of the selected entry:</source>
        <translation>P&amp;erubahan pada entri terpilih:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
</context>
<context>
    <name>Rpb::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Sembunyikan pesan ini</translation>
    </message>
</context>
<context>
    <name>Rpb::BatchCommand</name>
    <message>
        <source>edit batch %1</source>
        <translation>mengubah batch produksi %1</translation>
    </message>
    <message>
        <source>archive batch %1</source>
        <translation>mengarsipkan batch produksi %1</translation>
    </message>
    <message>
        <source>restore batch %1</source>
        <translation>memulihkan batch produksi %1</translation>
    </message>
    <message>
        <source>mark batch %1 checked</source>
        <translation>menandai batch produksi %1 sudah diperiksa</translation>
    </message>
    <message>
        <source>take back the check of %1</source>
        <translation>membatalkan tanda periksa %1</translation>
    </message>
</context>
<context>
    <name>Rpb::BatchForm</name>
    <message>
        <source>Batch</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>&amp;Product line:</source>
        <translation>&amp;Lini produk:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Anggota UMKM:</translation>
    </message>
    <message>
        <source>Production &amp;date:</source>
        <translation>&amp;Tanggal produksi:</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>Shi&amp;ft:</translation>
    </message>
    <message>
        <source>&amp;Raw material:</source>
        <translation>&amp;Bahan baku:</translation>
    </message>
    <message>
        <source>&amp;Input quantity:</source>
        <translation>&amp;Jumlah bahan masuk:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>Has&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energi:</translation>
    </message>
    <message>
        <source>&amp;Water:</source>
        <translation>Ai&amp;r:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Ma&amp;chines used:</source>
        <translation>&amp;Mesin yang dipakai:</translation>
    </message>
    <message>
        <source>Wa&amp;ste lines (Insert or Ctrl+Enter adds a line, Ctrl+Delete removes it):</source>
        <translation>Catata&amp;n limbah (Insert atau Ctrl+Enter menambah baris, Ctrl+Delete menghapusnya):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Handling route</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>&amp;Add waste line</source>
        <translation>Tambah catatan limba&amp;h</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with a note:</source>
        <translation>&amp;Konfirmasi dengan catatan:</translation>
    </message>
    <message>
        <source>Why the warning is right, e.g. &quot;moisture added&quot;</source>
        <translation>Penjelasan atas peringatan ini, mis. &quot;ada tambahan air&quot;</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Simpan &amp;dan baru</translation>
    </message>
    <message>
        <source>Cop&amp;y last batch of this member</source>
        <translation>Salin batch terakhir ang&amp;gota ini</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Batch produksi baru</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch produksi %1</translation>
    </message>
    <message>
        <source>Code %1 · %2</source>
        <translation>Kode %1 · %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya baca: %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>%1: enter a quantity.</source>
        <translation>%1: isi jumlahnya.</translation>
    </message>
    <message>
        <source>Input quantity</source>
        <translation>Jumlah bahan masuk</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Write why the warning is right before saving.</source>
        <translation>Tuliskan penjelasan atas peringatan ini sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Not saved: the warning needs a note.</source>
        <translation>Belum disimpan: peringatan ini memerlukan catatan.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Belum disimpan: %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tersimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Saved as %1. Enter the next batch.</source>
        <translation>Tersimpan sebagai %1. Isi batch produksi berikutnya.</translation>
    </message>
    <message>
        <source>This member has no batch yet.</source>
        <translation>Anggota UMKM ini belum memiliki batch produksi.</translation>
    </message>
    <message>
        <source>Copied from %1. Check the quantities before saving.</source>
        <translation>Disalin dari %1. Periksa jumlahnya sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Close the form and throw away what you typed?</source>
        <translation>Tutup formulir dan buang isian yang sudah Anda ketik?</translation>
    </message>
</context>
<context>
    <name>Rpb::BatchListModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Waste (kg)</source>
        <translation>Limbah (kg)</translation>
    </message>
    <message>
        <source>Waste (L)</source>
        <translation>Limbah (L)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Rpb::BatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Hapus batch produksi</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kapan saja</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>Lini pr&amp;oduk:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Ang&amp;gota UMKM:</translation>
    </message>
    <message>
        <source>Mach&amp;ine:</source>
        <translation>Mes&amp;in:</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Belum diarsipkan</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Code, member or notes</source>
        <translation>Kode, anggota UMKM, atau catatan</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Ca&amp;ri:</translation>
    </message>
    <message>
        <source>&amp;New batch...</source>
        <translation>Bat&amp;ch produksi baru...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Bu&amp;ka...</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <source>Mark chec&amp;ked</source>
        <translation>Tandai sudah dip&amp;eriksa</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Hapus...</translation>
    </message>
    <message>
        <source>Close or reopen mont&amp;h...</source>
        <translation>Tutup atau buka kembali b&amp;ulan...</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Semua lini produk</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Semua anggota UMKM</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>Semua mesin</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) · output %1 · waste %2 kg and %3 L</source>
        <translation>
            <numerusform>%n batch produksi · hasil %1 · limbah %2 kg dan %3 L</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Pulihk&amp;an</translation>
    </message>
    <message>
        <source>Take back chec&amp;k</source>
        <translation>Batalkan tanda dip&amp;eriksa</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Pilih lokasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Batch %1 saved.</source>
        <translation>Batch produksi %1 tersimpan.</translation>
    </message>
    <message>
        <source>Delete batch %1 of %2? Its code is not given again and this cannot be undone.</source>
        <translation>Hapus batch produksi %1 milik %2? Kodenya tidak akan dipakai lagi dan tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation>Batch produksi %1 dihapus.</translation>
    </message>
    <message>
        <source>%1 is closed: its batches are read-only.</source>
        <translation>%1 sudah ditutup: batch produksinya hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 dibuka kembali.</translation>
    </message>
    <message>
        <source>Close or reopen a month</source>
        <translation>Tutup atau buka kembali bulan</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Bul&amp;an:</translation>
    </message>
    <message>
        <source>Closed months:</source>
        <translation>Bulan yang ditutup:</translation>
    </message>
    <message>
        <source>Batches of a closed month are read-only for everyone until a manager reopens it. Both are recorded in the audit log.</source>
        <translation>Batch produksi pada bulan yang ditutup hanya dapat dibaca oleh siapa pun sampai manajer membukanya kembali. Penutupan dan pembukaan kembali dicatat di log audit.</translation>
    </message>
    <message>
        <source>&amp;Close month</source>
        <translation>&amp;Tutup bulan</translation>
    </message>
    <message>
        <source>&amp;Reopen month</source>
        <translation>B&amp;uka kembali bulan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Every batch of %1. Their bookings are on the Schedule page, List tab, filtered the same way.</source>
        <translation>Semua batch produksi %1. Pemesanan jadwalnya ada di halaman Jadwal, tab Daftar, dengan filter yang sama.</translation>
    </message>
</context>
<context>
    <name>Rpb::BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Pemesanan jadwal baru</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Mesin:</translation>
    </message>
    <message>
        <source>Type part of the name or code</source>
        <translation>Ketik sebagian nama atau kode</translation>
    </message>
    <message>
        <source>M&amp;ember:</source>
        <translation>&amp;Anggota UMKM:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bookings are made in the name of the signed-in account.</source>
        <translation>Pemesanan jadwal dibuat atas nama akun yang sedang masuk.</translation>
    </message>
    <message>
        <source>Booked by:</source>
        <translation>Dipesan oleh:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>sampa&amp;i</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>Times are the site&apos;s local time, %1.</source>
        <translation>Waktu yang ditampilkan adalah waktu setempat lokasi, %1.</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>&amp;Lini produk:</translation>
    </message>
    <message>
        <source>e.g. distil 200 kg of patchouli leaves</source>
        <translation>mis. menyuling 200 kg daun nilam</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Keperluan:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Pengulangan:</translation>
    </message>
    <message>
        <source>Book the free dates and s&amp;kip the rest</source>
        <translation>Pesan tanggal yang kosong dan le&amp;wati sisanya</translation>
    </message>
    <message>
        <source>For a series: dates that clash are left out and listed after saving; without this, one clash stops the whole series.</source>
        <translation>Untuk pemesanan berulang: tanggal yang bentrok dilewati dan ditampilkan setelah disimpan; tanpa pilihan ini, satu bentrokan menggagalkan seluruh rangkaian.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Ketersediaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>This site has no machine that can be booked.</source>
        <translation>Lokasi ini tidak memiliki mesin yang dapat dipesan.</translation>
    </message>
    <message>
        <source>Choose the member to see whether the time is free.</source>
        <translation>Pilih anggota UMKM untuk melihat apakah waktunya kosong.</translation>
    </message>
    <message>
        <source>Every date of the series is free.</source>
        <translation>Semua tanggal dalam rangkaian ini kosong.</translation>
    </message>
    <message>
        <source>The time is free.</source>
        <translation>Waktunya kosong.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of the series are not free; they will be skipped.</source>
        <translation>
            <numerusform>%n tanggal dalam rangkaian ini tidak kosong; tanggal tersebut akan dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of the series are not free. Choose another time, or tick &quot;skip the rest&quot; to book the free dates only.</source>
        <translation>
            <numerusform>%n tanggal dalam rangkaian ini tidak kosong. Pilih waktu lain, atau centang &quot;lewati sisanya&quot; untuk memesan tanggal yang kosong saja.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose the member the booking is for.</source>
        <translation>Pilih anggota UMKM yang memesan jadwal ini.</translation>
    </message>
    <message>
        <source>Booking saved</source>
        <translation>Pemesanan jadwal tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n date(s).</source>
        <translation>
            <numerusform>%n tanggal dipesan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) skipped:</source>
        <translation>
            <numerusform>%n tanggal dilewati:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Next free &amp;slots (click one, or Enter, to use it):</source>
        <translation>Slot k&amp;osong berikutnya (klik salah satu, atau tekan Enter, untuk memakainya):</translation>
    </message>
    <message>
        <source>At this site a booking lasts from %1 to %2.</source>
        <translation>Di lokasi ini, pemesanan jadwal berlangsung %1 sampai %2.</translation>
    </message>
    <message>
        <source>This time cannot be booked:</source>
        <translation>Waktu ini tidak dapat dipesan:</translation>
    </message>
    <message>
        <source>The machine is already booked at this time:</source>
        <translation>Mesin sudah dipesan pada waktu ini:</translation>
    </message>
    <message>
        <source>The machine is blocked for maintenance at this time:</source>
        <translation>Mesin diblokir untuk perawatan pada waktu ini:</translation>
    </message>
    <message>
        <source>The site is closed at this time:</source>
        <translation>Lokasi tutup pada waktu ini:</translation>
    </message>
    <message>
        <source>This booking would go over the member&apos;s weekly hours:</source>
        <translation>Pemesanan ini melebihi jatah jam mingguan anggota:</translation>
    </message>
    <message>
        <source>This time breaks a booking rule of the site:</source>
        <translation>Waktu ini melanggar aturan pemesanan lokasi:</translation>
    </message>
</context>
<context>
    <name>Rpb::BookingListModel</name>
    <message>
        <source>Repeats</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Rangkaian</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Dipesan oleh</translation>
    </message>
</context>
<context>
    <name>Rpb::BookingListPanel</name>
    <message>
        <source>All machines</source>
        <translation>Semua mesin</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Semua anggota UMKM</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n pemesanan jadwal</numerusform>
        </translation>
    </message>
    <message>
        <source>No booking matches these filters.</source>
        <translation>Tidak ada pemesanan jadwal yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>Machin&amp;e:</source>
        <translation>&amp;Mesin:</translation>
    </message>
    <message>
        <source>Membe&amp;r:</source>
        <translation>&amp;Anggota UMKM:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Open the day of the booking in the timeline (Enter).</source>
        <translation>Buka hari pemesanan jadwal ini di lini waktu (Enter).</translation>
    </message>
    <message>
        <source>Show in timeline</source>
        <translation>Tampilkan di lini waktu</translation>
    </message>
    <message>
        <source>Active (not cancelled)</source>
        <translation>Aktif (tidak dibatalkan)</translation>
    </message>
</context>
<context>
    <name>Rpb::CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Ekspor kalender</translation>
    </message>
    <message>
        <source>An iCalendar (.ics) file opens in phone calendars, Google Calendar, Outlook and Thunderbird. Each booking becomes one event; exporting again updates the same events.</source>
        <translation>Berkas iCalendar (.ics) dapat dibuka di kalender ponsel, Google Calendar, Outlook, dan Thunderbird. Setiap pemesanan jadwal menjadi satu acara; mengekspor ulang akan memperbarui acara yang sama.</translation>
    </message>
    <message>
        <source>The whole &amp;site (%1)</source>
        <translation>Seluruh &amp;lokasi (%1)</translation>
    </message>
    <message>
        <source>One &amp;machine:</source>
        <translation>Satu &amp;mesin:</translation>
    </message>
    <message>
        <source>One m&amp;ember:</source>
        <translation>Satu &amp;anggota UMKM:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>sampa&amp;i</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Save file...</source>
        <translation>&amp;Simpan berkas...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Berkas iCalendar (*.ics);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>Rpb::CsvExportDialog</name>
    <message numerus="yes">
        <source>%Ln booking(s) written to %1.</source>
        <translation>
            <numerusform>%Ln pemesanan jadwal ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) written to %1.</source>
        <translation>
            <numerusform>%Ln batch produksi ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waste line(s) written to %1.</source>
        <translation>
            <numerusform>%Ln catatan limbah ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) written to %1.</source>
        <translation>
            <numerusform>%Ln anggota UMKM ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to spreadsheet (CSV)</source>
        <translation>Ekspor ke lembar kerja (CSV)</translation>
    </message>
    <message>
        <source>A CSV file opens in Excel, LibreOffice Calc and Google Sheets. Numbers use a decimal point and dates are written YYYY-MM-DD, whatever the language of the window. A text that a spreadsheet could run as a formula starts with a single quote.</source>
        <translation>Berkas CSV dapat dibuka di Excel, LibreOffice Calc, dan Google Sheets. Angka memakai titik desimal dan tanggal ditulis YYYY-MM-DD, apa pun bahasa jendela aplikasi. Teks yang dapat dijalankan sebagai rumus oleh aplikasi lembar kerja diawali satu tanda kutip.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation>&amp;Hanya dari</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Tanggal awal</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>sampa&amp;i</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Dates of each site&apos;s own calendar, both included: bookings by their start, batches and waste by production date. Members are always exported whole.</source>
        <translation>Tanggal menurut kalender masing-masing lokasi, keduanya termasuk: pemesanan jadwal menurut waktu mulainya, batch produksi dan limbah menurut tanggal produksi. Anggota UMKM selalu diekspor seluruhnya.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Pilih tempat menyimpan berkas</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Telusuri...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Bat&amp;alkan ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Counting the rows...</source>
        <translation>Menghitung baris...</translation>
    </message>
    <message>
        <source>Rows to export: %1.</source>
        <translation>Baris yang akan diekspor: %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the file to write: type its name or use Browse.</source>
        <translation>Pilih berkas yang akan ditulis: ketik namanya atau gunakan Telusuri.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the file a name.</source>
        <translation>%1 adalah folder; beri nama berkasnya.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 sudah ada. Timpa berkas itu?</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Menulis %1...</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows...</source>
        <translation>Menulis %1: %2 dari %3 baris...</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>The spreadsheet file (%Ln row(s)) was written.</source>
        <translation>
            <numerusform>Berkas lembar kerja (%Ln baris) sudah ditulis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::EquipmentDialog</name>
    <message>
        <source>New machine</source>
        <translation>Mesin baru</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Mesin %1</translation>
    </message>
    <message>
        <source>e.g. ACH-KET1</source>
        <translation>mis. ACH-KET1</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. distillation kettle</source>
        <translation>mis. ketel penyulingan</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>How many members can use the machine at the same time.</source>
        <translation>Berapa anggota UMKM yang dapat memakai mesin ini pada saat yang sama.</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (members at once):</source>
        <translation>Ka&amp;pasitas (anggota sekaligus):</translation>
    </message>
    <message>
        <source>Own &amp;buffer time:</source>
        <translation>&amp;Waktu jeda sendiri:</translation>
    </message>
    <message>
        <source>Cleaning time after each booking; unticked, the site&apos;s buffer applies.</source>
        <translation>Waktu pembersihan setelah setiap pemesanan jadwal; jika tidak dicentang, waktu jeda lokasi yang berlaku.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Tick with Space the product lines this machine is used for.</source>
        <translation>Centang dengan Spasi lini produk yang memakai mesin ini.</translation>
    </message>
    <message>
        <source>Product &amp;lines served:</source>
        <translation>&amp;Lini produk yang dilayani:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>Rpb::EquipmentTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>bawaan lokasi</translation>
    </message>
</context>
<context>
    <name>Rpb::FirstManagerDialog</name>
    <message>
        <source>First manager account</source>
        <translation>Akun manajer pertama</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to %1.&lt;/b&gt;&lt;br&gt;This database has no accounts yet. Create the first manager account: a manager may change everything at every site, including the master data and the accounts of the operators and viewers, who sign in with accounts the manager makes for them.</source>
        <translation>&lt;b&gt;Selamat datang di %1.&lt;/b&gt;&lt;br&gt;Basis data ini belum memiliki akun. Buat akun manajer pertama: manajer dapat mengubah semua hal di setiap lokasi, termasuk data induk serta akun para operator dan peninjau, yang masuk dengan akun yang dibuatkan manajer untuk mereka.</translation>
    </message>
    <message>
        <source>e.g. siti.ach</source>
        <translation>mis. siti.ach</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>as printed under a signature</source>
        <translation>seperti tertulis di bawah tanda tangan</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minimal %n karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Buat akun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>Rpb::FreeSlotDialog</name>
    <message>
        <source>Find a free slot</source>
        <translation>Cari slot kosong</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <source>Any machine</source>
        <translation>Mesin apa saja</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1 apa saja</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Mesin:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>&amp;Book this slot...</source>
        <translation>&amp;Pesan slot ini...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Nothing free in the four weeks from then. Try a shorter time or another machine.</source>
        <translation>Tidak ada waktu kosong dalam empat minggu sejak saat itu. Coba durasi yang lebih singkat atau mesin lain.</translation>
    </message>
</context>
<context>
    <name>Rpb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Backup database...</source>
        <translation>&amp;Cadangkan basis data...</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a file of your choice.</source>
        <translation>Tulis salinan basis data yang konsisten ke berkas pilihan Anda.</translation>
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
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About RPB Hijau</source>
        <translation>&amp;Tentang RPB Hijau</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <source>The site whose records the pages show (Alt+S)</source>
        <translation>Lokasi yang datanya ditampilkan di halaman (Alt+L)</translation>
    </message>
    <message>
        <source>No site yet: add one under Master data</source>
        <translation>Belum ada lokasi: tambahkan di Data induk</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Limbah</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Data induk</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Jadwal</translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation>&amp;Batch produksi</translation>
    </message>
    <message>
        <source>&amp;Waste</source>
        <translation>&amp;Limbah</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>La&amp;poran</translation>
    </message>
    <message>
        <source>&amp;Master data</source>
        <translation>&amp;Data induk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Memeriksa basis data...</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(dan %n lainnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database checked: no problems found.</source>
        <translation>Basis data sudah diperiksa: tidak ditemukan masalah.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database failed its consistency check, so RPB Hijau opened it read-only: you can look but not change anything.&lt;/b&gt;&lt;br&gt;What SQLite found: %1&lt;br&gt;To restore a backup: close RPB Hijau, replace the file %2 with your latest backup copy (File &amp;gt; Backup database... makes one), then start RPB Hijau again.</source>
        <translation>&lt;b&gt;Basis data gagal dalam pemeriksaan konsistensi, sehingga RPB Hijau membukanya dalam mode hanya baca: Anda dapat melihat, tetapi tidak dapat mengubah apa pun.&lt;/b&gt;&lt;br&gt;Temuan SQLite: %1&lt;br&gt;Untuk memulihkan cadangan: tutup RPB Hijau, ganti berkas %2 dengan salinan cadangan terbaru Anda (buat dengan Berkas &amp;gt; Cadangkan basis data...), lalu jalankan RPB Hijau lagi.</translation>
    </message>
    <message>
        <source>Backup database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data SQLite (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Pencadangan gagal: %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (diimpor)</translation>
    </message>
    <message>
        <source>The records of this site come from its own database; they are read-only here. They change with the site&apos;s next sync package.</source>
        <translation>Data lokasi ini berasal dari basis data lokasi itu sendiri; di sini data tersebut hanya dapat dibaca. Data berubah bersama paket sinkronisasi berikutnya dari lokasi itu.</translation>
    </message>
    <message>
        <source>&amp;Export to spreadsheet (CSV)...</source>
        <translation>&amp;Ekspor ke lembar kerja (CSV)...</translation>
    </message>
    <message>
        <source>Write bookings, batches, waste lines or members to a CSV file for Excel, LibreOffice Calc or Google Sheets.</source>
        <translation>Tulis pemesanan jadwal, batch produksi, catatan limbah, atau anggota UMKM ke berkas CSV untuk Excel, LibreOffice Calc, atau Google Sheets.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Ula&amp;ngi %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>The backup was written.</source>
        <translation>Cadangan sudah ditulis.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 It is at %2.</source>
        <translation>%1 Letaknya di %2.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
</context>
<context>
    <name>Rpb::MaintenanceDialog</name>
    <message>
        <source>Block a machine for maintenance</source>
        <translation>Blokir mesin untuk perawatan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Mesin:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Local time of the site, %1.</source>
        <translation>Waktu setempat lokasi, %1.</translation>
    </message>
    <message>
        <source>e.g. replace the boiler seal</source>
        <translation>mis. ganti seal boiler</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Cancel these bookings (tell the members to book again)</source>
        <translation>Batal&amp;kan pemesanan jadwal ini (minta anggota UMKM memesan ulang)</translation>
    </message>
    <message>
        <source>&amp;Leave them booked, flagged for a word with the members</source>
        <translation>&amp;Biarkan tetap dipesan, ditandai untuk dibicarakan dengan anggota UMKM</translation>
    </message>
    <message>
        <source>&amp;Block machine</source>
        <translation>B&amp;lokir mesin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Waktu selesai harus setelah waktu mulai.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No booking falls in this time.</source>
        <translation>Tidak ada pemesanan jadwal pada waktu ini.</translation>
    </message>
    <message numerus="yes">
        <source>This time hits %n booking(s):</source>
        <translation>
            <numerusform>Waktu ini mengenai %n pemesanan jadwal:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MasterDataModel</name>
    <message>
        <source>Archived: kept for reports and history, hidden from pickers.</source>
        <translation>Diarsipkan: tetap ada di laporan dan riwayat, tetapi disembunyikan dari pilihan.</translation>
    </message>
</context>
<context>
    <name>Rpb::MasterDataPage</name>
    <message>
        <source>Master data</source>
        <translation>Data induk</translation>
    </message>
    <message>
        <source>The sites, and for the site chosen above its product lines, machines, member businesses and waste categories.</source>
        <translation>Daftar lokasi, serta lini produk, mesin, anggota UMKM, dan kategori limbah dari lokasi yang dipilih di atas.</translation>
    </message>
    <message>
        <source>S&amp;ites</source>
        <translation>L&amp;okasi</translation>
    </message>
    <message>
        <source>&amp;Product lines</source>
        <translation>L&amp;ini produk</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Mesin</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Ang&amp;gota UMKM</translation>
    </message>
    <message>
        <source>&amp;Waste categories</source>
        <translation>Kat&amp;egori limbah</translation>
    </message>
    <message>
        <source>Signed in as %1, a viewer: you can look up and print these records but not change them.</source>
        <translation>Masuk sebagai %1, peninjau: Anda dapat melihat dan mencetak data ini, tetapi tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Signed in as %1, an operator: a manager keeps the master data; you can look it up here.</source>
        <translation>Masuk sebagai %1, operator: data induk dikelola oleh manajer; Anda dapat melihatnya di sini.</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>A&amp;kun</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>Impor &amp;CSV...</translation>
    </message>
    <message>
        <source>Batches and boo&amp;kings</source>
        <translation>Batch produksi dan pemesanan &amp;jadwal</translation>
    </message>
</context>
<context>
    <name>Rpb::MasterDataTab</name>
    <message>
        <source>&amp;Restore</source>
        <translation>Puli&amp;hkan</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rsipkan</translation>
    </message>
    <message>
        <source>Bring the selected record back into pickers and lists.</source>
        <translation>Kembalikan data terpilih ke pilihan dan daftar.</translation>
    </message>
    <message>
        <source>Hide the selected record from pickers and lists; it stays in reports and history.</source>
        <translation>Sembunyikan data terpilih dari pilihan dan daftar; data tetap ada di laporan dan riwayat.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a site first (tab Sites), then choose it in the site selector.</source>
        <translation>Tambahkan lokasi terlebih dahulu (tab Lokasi), lalu pilih lokasi itu di pemilih lokasi.</translation>
    </message>
    <message>
        <source>Nothing here yet. Press Add (Alt+A) to add the first record.</source>
        <translation>Belum ada data. Tekan Tambah (Alt+A) untuk menambahkan data pertama.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Saring:</translation>
    </message>
    <message>
        <source>Type to filter all columns (Ctrl+F)</source>
        <translation>Ketik untuk menyaring semua kolom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Tampilkan yang &amp;diarsipkan</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>T&amp;ambah...</translation>
    </message>
    <message>
        <source>Add a new record (Alt+A)</source>
        <translation>Tambahkan data baru (Alt+A)</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Open the selected record (Enter or double-click)</source>
        <translation>Buka data terpilih (Enter atau klik ganda)</translation>
    </message>
</context>
<context>
    <name>Rpb::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Anggota UMKM baru</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Anggota UMKM %1</translation>
    </message>
    <message>
        <source>e.g. ACH-M01</source>
        <translation>mis. ACH-M01</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Business name:</source>
        <translation>Nama &amp;usaha:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>13 digits, empty if not yet registered</source>
        <translation>13 digit, kosongkan jika belum terdaftar</translation>
    </message>
    <message>
        <source>&amp;NIB:</source>
        <translation>&amp;NIB:</translation>
    </message>
    <message>
        <source>Wo&amp;men-led business</source>
        <translation>Usaha dipimpin pe&amp;rempuan</translation>
    </message>
    <message>
        <source>&amp;Youth-led business (owner aged 16 to 30)</source>
        <translation>Usaha dipimpin pemu&amp;da (pemilik berusia 16 sampai 30 tahun)</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Tanggal &amp;bergabung:</translation>
    </message>
</context>
<context>
    <name>Rpb::MemberImportDialog</name>
    <message>
        <source>Import members from CSV</source>
        <translation>Impor anggota UMKM dari CSV</translation>
    </message>
    <message>
        <source>The file needs the columns name, owner and site (a site code); nib, women_led, youth_led, phone, joined and code are optional. Either every row is imported or none.</source>
        <translation>Berkas memerlukan kolom name, owner, dan site (kode lokasi); kolom nib, women_led, youth_led, phone, joined, dan code bersifat opsional. Semua baris diimpor, atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Telusuri...</translation>
    </message>
    <message>
        <source>&amp;Members to add:</source>
        <translation>Anggota UMKM yang akan &amp;ditambahkan:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
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
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>&amp;Problems (fix them in the file and choose it again):</source>
        <translation>&amp;Masalah (perbaiki di berkas, lalu pilih berkas itu lagi):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Members CSV</source>
        <translation>CSV anggota UMKM</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) ready to import.</source>
        <translation>
            <numerusform>%n anggota UMKM siap diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file is fixed.</source>
        <translation>
            <numerusform>%n masalah: tidak ada yang dapat diimpor sampai berkas diperbaiki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n anggota UMKM diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MemberTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dipimpin perempuan</translation>
    </message>
    <message>
        <source>Youth-led</source>
        <translation>Dipimpin pemuda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
</context>
<context>
    <name>Rpb::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters that others cannot guess.</source>
        <translation>
            <numerusform>Pilih kata sandi minimal %n karakter yang tidak dapat ditebak orang lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Setel ulang kata sandi %1</translation>
    </message>
    <message>
        <source>Give %1 a new password and tell it to them in person; they can change it afterwards under User &gt; Change my password.</source>
        <translation>Beri %1 kata sandi baru dan sampaikan secara langsung; setelah itu, ia dapat menggantinya di Pengguna &gt; Ganti kata sandi saya.</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>minimal %n karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>S&amp;etel ulang kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
</context>
<context>
    <name>Rpb::ProductLineDialog</name>
    <message>
        <source>New product line</source>
        <translation>Lini produk baru</translation>
    </message>
    <message>
        <source>Product line %1</source>
        <translation>Lini produk %1</translation>
    </message>
    <message>
        <source>e.g. PATCHOULI</source>
        <translation>mis. NILAM</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Output of this line is counted in this unit.</source>
        <translation>Hasil lini produk ini dihitung dalam satuan ini.</translation>
    </message>
    <message>
        <source>&amp;Unit of output:</source>
        <translation>Sat&amp;uan hasil:</translation>
    </message>
</context>
<context>
    <name>Rpb::ProductLineTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
</context>
<context>
    <name>Rpb::RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Rpb::RecurrenceEditor</name>
    <message>
        <source>first</source>
        <translation>pertama</translation>
    </message>
    <message>
        <source>second</source>
        <translation>kedua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>ketiga</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>keempat</translation>
    </message>
    <message>
        <source>last</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Sekali</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Setiap hari</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Setiap %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Setiap %n minggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>pada %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Setiap %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <source>on the %1 %2</source>
        <translation>pada %2 %1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>pada tanggal %1</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, sampai %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n kali</numerusform>
        </translation>
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
        <source>every</source>
        <translation>setiap</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Berakhir:</translation>
    </message>
    <message>
        <source>after</source>
        <translation>setelah</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kali</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pada</translation>
    </message>
</context>
<context>
    <name>Rpb::ReportsPage</name>
    <message>
        <source>Monthly summary</source>
        <translation>Ringkasan bulanan</translation>
    </message>
    <message>
        <source>The green-UMKM summary of a month, to print and sign for the ministry and the members. A closed month prints as final, an open one as draft.</source>
        <translation>Ringkasan UMKM hijau untuk satu bulan, untuk dicetak dan ditandatangani bagi kementerian dan para anggota UMKM. Bulan yang sudah ditutup dicetak sebagai final, bulan yang masih terbuka sebagai draf.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>L&amp;okasi:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Bul&amp;an:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Ba&amp;hasa dokumen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>What the manager adds to the figures of the month</source>
        <translation>Keterangan tambahan dari manajer untuk angka bulan ini</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Pratin&amp;jau cetak...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>C&amp;etak...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Simpan sebagai P&amp;DF...</translation>
    </message>
    <message>
        <source>Save as &amp;HTML...</source>
        <translation>&amp;Simpan sebagai HTML...</translation>
    </message>
    <message>
        <source>What will print</source>
        <translation>Yang akan dicetak</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Lokasi %1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Choose a site first.</source>
        <translation>Pilih lokasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Computing the figures of all sites...</source>
        <translation>Menghitung angka semua lokasi...</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No site to report on yet.</source>
        <translation>Belum ada lokasi untuk dilaporkan.</translation>
    </message>
    <message>
        <source>Status: final (the month is closed)</source>
        <translation>Status: final (bulan sudah ditutup)</translation>
    </message>
    <message>
        <source>Status: draft (the month is still open)</source>
        <translation>Status: draf (bulan masih terbuka)</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Batch produksi: %1</translation>
    </message>
    <message>
        <source>Waste generated: %1 and %2</source>
        <translation>Limbah yang dihasilkan: %1 dan %2</translation>
    </message>
    <message>
        <source>Diverted from disposal: %1 of the kilograms, %2 of the litres</source>
        <translation>Dialihkan dari pembuangan: %1 dari total kilogram, %2 dari total liter</translation>
    </message>
    <message>
        <source>Members served: %1</source>
        <translation>Anggota UMKM terlayani: %1</translation>
    </message>
    <message>
        <source>Sites compared: %1</source>
        <translation>Lokasi yang dibandingkan: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Pratinjau cetak: %1</translation>
    </message>
    <message>
        <source>Print the monthly summary</source>
        <translation>Cetak ringkasan bulanan</translation>
    </message>
    <message>
        <source>Save the monthly summary</source>
        <translation>Simpan ringkasan bulanan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Halaman web (*.html *.htm)</translation>
    </message>
    <message>
        <source>The summary was saved as PDF.</source>
        <translation>Ringkasan sudah disimpan sebagai PDF.</translation>
    </message>
    <message>
        <source>The summary was saved as a web page.</source>
        <translation>Ringkasan sudah disimpan sebagai halaman web.</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>to be written by hand</source>
        <translation>ditulis tangan</translation>
    </message>
    <message>
        <source>No comparison: %1 holds no data.</source>
        <translation>Tanpa perbandingan: %1 tidak memuat data.</translation>
    </message>
    <message numerus="yes">
        <source>No comparison: %1 holds too little data (%n batch(es)).</source>
        <translation>
            <numerusform>Tanpa perbandingan: data %1 terlalu sedikit (%n batch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Ditandatangani oleh: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Disiapkan oleh: %1</translation>
    </message>
    <message>
        <source>Document in English; data version %1.</source>
        <translation>Dokumen dalam bahasa Inggris; versi data %1.</translation>
    </message>
    <message>
        <source>Document in Indonesian; data version %1.</source>
        <translation>Dokumen dalam bahasa Indonesia; versi data %1.</translation>
    </message>
</context>
<context>
    <name>Rpb::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · waktu dalam %2</translation>
    </message>
    <message>
        <source>Choose a site above to see its machines.</source>
        <translation>Pilih lokasi di atas untuk melihat mesinnya.</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Minggu ke-%1: %2</translation>
    </message>
    <message>
        <source>Booked for %1.</source>
        <translation>Dipesan untuk %1.</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n date(s) from %1.</source>
        <translation>
            <numerusform>%n tanggal dipesan mulai %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The booking stays where it was. %1</source>
        <translation>Pemesanan jadwal tetap di tempat semula. %1</translation>
    </message>
    <message>
        <source>change the end of a booking</source>
        <translation>mengubah waktu selesai pemesanan jadwal</translation>
    </message>
    <message>
        <source>move a booking</source>
        <translation>memindahkan pemesanan jadwal</translation>
    </message>
    <message>
        <source>That step cannot be taken back: %1</source>
        <translation>Langkah itu tidak dapat diurungkan: %1</translation>
    </message>
    <message>
        <source>Moved to %1–%2. Ctrl+Z takes it back.</source>
        <translation>Dipindahkan ke %1–%2. Tekan Ctrl+Z untuk mengurungkannya.</translation>
    </message>
    <message>
        <source>Nothing to do with this booking now</source>
        <translation>Tidak ada tindakan untuk pemesanan jadwal ini sekarang</translation>
    </message>
    <message>
        <source>Show in the &amp;list</source>
        <translation>Tampilkan di &amp;daftar</translation>
    </message>
    <message>
        <source>Booking confirmed.</source>
        <translation>Pemesanan jadwal dikonfirmasi.</translation>
    </message>
    <message>
        <source>Checked in: the machine is in use.</source>
        <translation>Check-in berhasil: mesin sedang dipakai.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Check-out berhasil.</translation>
    </message>
    <message>
        <source>Marked as a no-show; the time is free again.</source>
        <translation>Ditandai tidak hadir; waktunya kosong kembali.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Batalkan pemesanan jadwal</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2?</source>
        <translation>Batalkan pemesanan jadwal %1 pada %2?</translation>
    </message>
    <message>
        <source>The time becomes free for others. This cannot be undone.</source>
        <translation>Waktunya menjadi kosong untuk orang lain. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Booking cancelled; the time is free.</source>
        <translation>Pemesanan jadwal dibatalkan; waktunya kosong.</translation>
    </message>
    <message>
        <source>The machine is blocked; no booking was in the way.</source>
        <translation>Mesin diblokir; tidak ada pemesanan jadwal yang terdampak.</translation>
    </message>
    <message numerus="yes">
        <source>The machine is blocked; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>Mesin diblokir; %n pemesanan jadwal dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The machine is blocked; %n booking(s) still stand in that time: please talk to the members.</source>
        <translation>
            <numerusform>Mesin diblokir; %n pemesanan jadwal masih ada pada waktu itu: mohon bicarakan dengan anggota UMKM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar written to %1.</source>
        <translation>Kalender ditulis ke %1.</translation>
    </message>
    <message>
        <source>&amp;New booking...</source>
        <translation>Pemesanan &amp;jadwal baru...</translation>
    </message>
    <message>
        <source>Book machine time for a member at the cursor (Ctrl+N, or Enter on a free cell of the timeline).</source>
        <translation>Pesan jadwal mesin untuk anggota UMKM di posisi kursor (Ctrl+N, atau Enter pada sel kosong di lini waktu).</translation>
    </message>
    <message>
        <source>Find a free sl&amp;ot...</source>
        <translation>Cari slot k&amp;osong...</translation>
    </message>
    <message>
        <source>The earliest free times of a length on a machine or a kind of machine.</source>
        <translation>Waktu kosong paling awal dengan durasi tertentu pada satu mesin atau satu jenis mesin.</translation>
    </message>
    <message>
        <source>&amp;Block machine...</source>
        <translation>Blo&amp;kir mesin...</translation>
    </message>
    <message>
        <source>Block a machine for maintenance; bookings in the way are listed first.</source>
        <translation>Blokir mesin untuk perawatan; pemesanan jadwal yang terdampak ditampilkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>E&amp;xport calendar...</source>
        <translation>Ekspo&amp;r kalender...</translation>
    </message>
    <message>
        <source>Write the bookings of the site, a machine or a member to an .ics file for phones and other calendars.</source>
        <translation>Tulis pemesanan jadwal lokasi, satu mesin, atau satu anggota UMKM ke berkas .ics untuk ponsel dan kalender lain.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Lini &amp;waktu</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <source>&amp;Utilisation</source>
        <translation>&amp;Utilisasi</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>One day, hour by hour</source>
        <translation>Satu hari, per jam</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>Monday to Sunday</source>
        <translation>Senin sampai Minggu</translation>
    </message>
    <message>
        <source>Previous day or week (Page Up in the timeline)</source>
        <translation>Hari atau minggu sebelumnya (Page Up di lini waktu)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next day or week (Page Down in the timeline)</source>
        <translation>Hari atau minggu berikutnya (Page Down di lini waktu)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>Go to d&amp;ate:</source>
        <translation>Ke t&amp;anggal:</translation>
    </message>
    <message>
        <source>Gr&amp;id:</source>
        <translation>Ki&amp;si:</translation>
    </message>
    <message>
        <source>The steps the cursor and dragging move in.</source>
        <translation>Langkah pergerakan kursor dan seretan.</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Tampilkan &amp;yang dibatalkan</translation>
    </message>
    <message>
        <source>Also show cancelled bookings and no-shows.</source>
        <translation>Tampilkan juga pemesanan jadwal yang dibatalkan dan yang tidak hadir.</translation>
    </message>
    <message>
        <source>Timeline of machine bookings</source>
        <translation>Lini waktu pemesanan jadwal mesin</translation>
    </message>
    <message>
        <source>Arrow keys move the cursor, Enter books the cell or opens the booking&apos;s actions, Alt+arrows move the selected booking, Alt+Shift+Left/Right change its end, Delete cancels it, Page Up/Down change the day or week.</source>
        <translation>Tombol panah menggerakkan kursor, Enter memesan sel atau membuka tindakan pemesanan jadwal, Alt+panah memindahkan pemesanan jadwal terpilih, Alt+Shift+Left/Right mengubah waktu selesainya, Delete membatalkannya, Page Up/Down mengganti hari atau minggu.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Urungkan: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Takes back the last move or change of end (Ctrl+Z)</source>
        <translation>Mengurungkan pemindahan atau perubahan waktu selesai terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Ulangi: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Makes a step taken back again (Ctrl+Shift+Z)</source>
        <translation>Mengulangi langkah yang telah diurungkan (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>This booking cannot be cancelled: %1</source>
        <translation>Pemesanan jadwal ini tidak dapat dibatalkan: %1</translation>
    </message>
    <message>
        <source>The calendar was written.</source>
        <translation>Kalender sudah ditulis.</translation>
    </message>
</context>
<context>
    <name>Rpb::ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Di mana saja dalam jendela</translation>
    </message>
    <message>
        <source>Open the user guide at the section about the page in front</source>
        <translation>Buka panduan pengguna pada bagian tentang halaman yang sedang dibuka</translation>
    </message>
    <message>
        <source>Go to the page %1</source>
        <translation>Buka halaman %1</translation>
    </message>
    <message>
        <source>Choose the site whose records the pages show</source>
        <translation>Pilih lokasi yang datanya ditampilkan di halaman</translation>
    </message>
    <message>
        <source>Undo the last step of the page in front: a move of a booking, a change of a batch</source>
        <translation>Urungkan langkah terakhir di halaman ini: pemindahan pemesanan jadwal, perubahan batch produksi</translation>
    </message>
    <message>
        <source>Redo the step just undone</source>
        <translation>Ulangi langkah yang baru saja diurungkan</translation>
    </message>
    <message>
        <source>Lock the window so that someone else can sign in</source>
        <translation>Kunci jendela agar orang lain dapat masuk</translation>
    </message>
    <message>
        <source>Quit RPB Hijau</source>
        <translation>Keluar dari RPB Hijau</translation>
    </message>
    <message>
        <source>%1letter</source>
        <translation>%1huruf</translation>
    </message>
    <message>
        <source>Open the menu, press the button or go to the field whose name has that letter underlined</source>
        <translation>Buka menu, tekan tombol, atau pindah ke isian yang namanya memuat huruf bergaris bawah itu</translation>
    </message>
    <message>
        <source>Go to the next or the previous field, button or table</source>
        <translation>Pindah ke isian, tombol, atau tabel berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <source>Go to the next or the previous tab of a page</source>
        <translation>Pindah ke tab berikutnya atau sebelumnya pada halaman</translation>
    </message>
    <message>
        <source>Tick the box or press the button that has the focus</source>
        <translation>Centang kotak atau tekan tombol yang sedang aktif</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Tutup dialog tanpa menyimpan</translation>
    </message>
    <message>
        <source>Schedule page</source>
        <translation>Halaman Jadwal</translation>
    </message>
    <message>
        <source>Book machine time at the cursor of the timeline</source>
        <translation>Pesan jadwal mesin di posisi kursor pada lini waktu</translation>
    </message>
    <message>
        <source>Schedule, Timeline tab</source>
        <translation>Jadwal, tab Lini waktu</translation>
    </message>
    <message>
        <source>Move the cursor one step of the grid earlier or later</source>
        <translation>Geser kursor satu langkah kisi lebih awal atau lebih lambat</translation>
    </message>
    <message>
        <source>Move the cursor to the machine above or below</source>
        <translation>Pindahkan kursor ke mesin di atas atau di bawahnya</translation>
    </message>
    <message>
        <source>Go to the first or the last time of the day shown</source>
        <translation>Ke jam pertama atau terakhir pada hari yang ditampilkan</translation>
    </message>
    <message>
        <source>Show the day or week before or after</source>
        <translation>Tampilkan hari atau minggu sebelumnya atau berikutnya</translation>
    </message>
    <message>
        <source>Move the booking at the cursor one step earlier or later</source>
        <translation>Geser pemesanan jadwal di posisi kursor satu langkah lebih awal atau lebih lambat</translation>
    </message>
    <message>
        <source>Move the booking at the cursor to the machine above or below</source>
        <translation>Pindahkan pemesanan jadwal di posisi kursor ke mesin di atas atau di bawahnya</translation>
    </message>
    <message>
        <source>Let the booking at the cursor end one step earlier or later</source>
        <translation>Majukan atau mundurkan waktu selesai pemesanan jadwal di posisi kursor satu langkah</translation>
    </message>
    <message>
        <source>Cancel the booking at the cursor (asks first)</source>
        <translation>Batalkan pemesanan jadwal di posisi kursor (dengan konfirmasi)</translation>
    </message>
    <message>
        <source>While dragging a booking: stop, and it stays where it was</source>
        <translation>Saat menyeret pemesanan jadwal: berhenti, dan pemesanan tetap di tempat semula</translation>
    </message>
    <message>
        <source>Schedule, List tab</source>
        <translation>Jadwal, tab Daftar</translation>
    </message>
    <message>
        <source>Show the selected booking in the timeline</source>
        <translation>Tampilkan pemesanan jadwal terpilih di lini waktu</translation>
    </message>
    <message>
        <source>Cancel the selected booking (asks first)</source>
        <translation>Batalkan pemesanan jadwal terpilih (dengan konfirmasi)</translation>
    </message>
    <message>
        <source>Batches page</source>
        <translation>Halaman Batch produksi</translation>
    </message>
    <message>
        <source>Enter a new batch</source>
        <translation>Isi batch produksi baru</translation>
    </message>
    <message>
        <source>Open the selected batch</source>
        <translation>Buka batch produksi terpilih</translation>
    </message>
    <message>
        <source>Batch form</source>
        <translation>Formulir batch produksi</translation>
    </message>
    <message>
        <source>Add a waste line</source>
        <translation>Tambah catatan limbah</translation>
    </message>
    <message>
        <source>In a waste line: go to the next line; at the last one add a line, at an empty last line save</source>
        <translation>Di catatan limbah: ke baris berikutnya; di baris terakhir tambah baris; di baris kosong terakhir simpan</translation>
    </message>
    <message>
        <source>Remove the waste line that has the focus</source>
        <translation>Hapus catatan limbah tempat kursor berada</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>Simpan batch produksi</translation>
    </message>
    <message>
        <source>Close the form; it asks before throwing typed values away</source>
        <translation>Tutup formulir; ada konfirmasi sebelum isian yang sudah diketik dibuang</translation>
    </message>
    <message>
        <source>Waste page</source>
        <translation>Halaman Limbah</translation>
    </message>
    <message>
        <source>In the table: list the batches behind the figure</source>
        <translation>Di tabel: tampilkan batch produksi di balik angka tersebut</translation>
    </message>
    <message>
        <source>Master data page</source>
        <translation>Halaman Data induk</translation>
    </message>
    <message>
        <source>Filter the table of the tab in front</source>
        <translation>Saring tabel pada tab yang sedang dibuka</translation>
    </message>
    <message>
        <source>Add a record to the tab in front</source>
        <translation>Tambahkan data pada tab yang sedang dibuka</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Buka data terpilih</translation>
    </message>
    <message>
        <source>Audit page</source>
        <translation>Halaman Audit</translation>
    </message>
    <message>
        <source>Search the log by record: code, name or kind</source>
        <translation>Cari di log menurut data: kode, nama, atau jenis</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Baca ulang log</translation>
    </message>
    <message>
        <source>Sync page</source>
        <translation>Halaman Sinkronisasi</translation>
    </message>
    <message>
        <source>Read the sync status again</source>
        <translation>Baca ulang status sinkronisasi</translation>
    </message>
    <message>
        <source>Sign-in and lock</source>
        <translation>Masuk dan kunci</translation>
    </message>
    <message>
        <source>Go to the sign-in name</source>
        <translation>Ke isian nama pengguna</translation>
    </message>
    <message>
        <source>Go to the password</source>
        <translation>Ke isian kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Quit RPB Hijau instead of signing in</source>
        <translation>Keluar dari RPB Hijau tanpa masuk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Find a word in the guide</source>
        <translation>Cari kata di panduan</translation>
    </message>
    <message>
        <source>Find the next place of the word (Enter in the search field too)</source>
        <translation>Cari tempat berikutnya (juga Enter di kotak pencarian)</translation>
    </message>
    <message>
        <source>Find the place before (Shift+Enter in the search field too)</source>
        <translation>Cari tempat sebelumnya (juga Shift+Enter di kotak pencarian)</translation>
    </message>
    <message>
        <source>Go to the next link; Enter follows it</source>
        <translation>Pindah ke tautan berikutnya; Enter membukanya</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Kembali ke tempat sebelumnya</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>Maju lagi</translation>
    </message>
    <message>
        <source>Go to the table of contents</source>
        <translation>Ke daftar isi</translation>
    </message>
    <message>
        <source>Scroll the guide</source>
        <translation>Gulir panduan</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Perbesar tulisan</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Perkecil tulisan</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Tutup panduan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Every key of this window, by where it works. Keys written with &quot;Alt+&quot; and a letter are the underlined letters of menus, buttons and fields; they follow the language of the window.</source>
        <translation>Semua tombol pintasan jendela ini, menurut tempat berlakunya. Tombol yang ditulis dengan &quot;Alt+&quot; dan sebuah huruf adalah huruf bergaris bawah pada menu, tombol, dan isian; huruf ini mengikuti bahasa jendela.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Book the free cell, or open the steps of the booking: confirm, check in or out, no-show, cancel</source>
        <translation>Pesan sel kosong, atau buka langkah pemesanan jadwal: konfirmasi, check-in atau check-out, tidak hadir, batal</translation>
    </message>
</context>
<context>
    <name>Rpb::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Masuk ke %1</translation>
    </message>
    <message>
        <source>Sign in with the account a manager gave you.</source>
        <translation>Masuk dengan akun yang diberikan manajer kepada Anda.</translation>
    </message>
    <message>
        <source>The window is locked. Sign in again to continue, or sign in as someone else to take over.</source>
        <translation>Jendela terkunci. Masuk lagi untuk melanjutkan, atau masuk sebagai orang lain untuk mengambil alih.</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Tutup %1</translation>
    </message>
    <message>
        <source>Type your sign-in name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>Rpb::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Lokasi baru</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Lokasi %1</translation>
    </message>
    <message>
        <source>e.g. ACH</source>
        <translation>mis. ACH</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>e.g. RPB Minyak Atsiri</source>
        <translation>mis. RPB Minyak Atsiri</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Waktu buka</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Waktu tutup</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Jam buka:</translation>
    </message>
    <message>
        <source>Open da&amp;ys:</source>
        <translation>&amp;Hari buka:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Cleaning time kept free after each booking.</source>
        <translation>Waktu pembersihan yang dikosongkan setelah setiap pemesanan jadwal.</translation>
    </message>
    <message>
        <source>&amp;Buffer time:</source>
        <translation>&amp;Waktu jeda:</translation>
    </message>
    <message>
        <source>Sh&amp;ortest booking:</source>
        <translation>Pemesanan &amp;tersingkat:</translation>
    </message>
    <message>
        <source>&amp;Longest booking:</source>
        <translation>Pemesanan ter&amp;lama:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>How far ahead members may book.</source>
        <translation>Seberapa jauh ke depan anggota UMKM boleh memesan jadwal.</translation>
    </message>
    <message>
        <source>Book &amp;ahead:</source>
        <translation>B&amp;atas pemesanan ke depan:</translation>
    </message>
    <message>
        <source> h per member</source>
        <translation> jam per anggota</translation>
    </message>
    <message>
        <source>Fair use: machine hours one member may book in a week.</source>
        <translation>Pemakaian wajar: jumlah jam mesin yang boleh dipesan satu anggota UMKM dalam seminggu.</translation>
    </message>
    <message>
        <source>&amp;Weekly quota:</source>
        <translation>K&amp;uota mingguan:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How far a batch&apos;s output plus waste may differ from its inputs before it is flagged.</source>
        <translation>Seberapa besar hasil ditambah limbah suatu batch produksi boleh berbeda dari bahan masuknya sebelum ditandai.</translation>
    </message>
    <message>
        <source>&amp;Mass-balance tolerance:</source>
        <translation>Toleransi neraca &amp;massa:</translation>
    </message>
    <message>
        <source>Con&amp;firm bookings automatically</source>
        <translation>Kon&amp;firmasi pemesanan jadwal secara otomatis</translation>
    </message>
    <message>
        <source>empty: the site&apos;s manager account</source>
        <translation>kosong: akun manajer lokasi</translation>
    </message>
    <message>
        <source>The person responsible for the site, who signs its monthly summary. It travels to the central office with the site.</source>
        <translation>Orang yang bertanggung jawab atas lokasi, yang menandatangani ringkasan bulanannya. Nama ini ikut terkirim ke kantor pusat bersama data lokasi.</translation>
    </message>
    <message>
        <source>R&amp;esponsible manager:</source>
        <translation>Manajer penanggung &amp;jawab:</translation>
    </message>
</context>
<context>
    <name>Rpb::SiteTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>Hari buka</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Pemesanan tersingkat</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Pemesanan terlama</translation>
    </message>
    <message>
        <source>Book ahead</source>
        <translation>Batas pemesanan ke depan</translation>
    </message>
    <message>
        <source>Weekly quota</source>
        <translation>Kuota mingguan</translation>
    </message>
    <message>
        <source>Mass-balance tolerance</source>
        <translation>Toleransi neraca massa</translation>
    </message>
    <message>
        <source>Auto-confirm</source>
        <translation>Konfirmasi otomatis</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Manajer penanggung jawab</translation>
    </message>
</context>
<context>
    <name>Rpb::StatusLegend</name>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
</context>
<context>
    <name>Rpb::SyncImportDialog</name>
    <message>
        <source>Import a sync package</source>
        <translation>Impor paket sinkronisasi</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Pemeriksaan:</translation>
    </message>
    <message>
        <source>&amp;Records per kind:</source>
        <translation>&amp;Data per jenis:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>In package</source>
        <translation>Dalam paket</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Berkonflik</translation>
    </message>
    <message>
        <source>Con&amp;flicts (the same version here with other content):</source>
        <translation>&amp;Konflik (versi yang sama di sini dengan isi berbeda):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import and &amp;keep conflicts aside</source>
        <translation>Impor dan &amp;sisihkan konflik</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Checking the package...</source>
        <translation>Memeriksa paket...</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Memeriksa paket</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <source>Everything of the site, up to change %1</source>
        <translation>Seluruh data lokasi, sampai perubahan no. %1</translation>
    </message>
    <message>
        <source>Changes %1 to %2</source>
        <translation>Perubahan no. %1 sampai %2</translation>
    </message>
    <message>
        <source>SHA-256 checked, the file is whole: %1...</source>
        <translation>SHA-256 sudah diperiksa, berkas utuh: %1...</translation>
    </message>
    <message>
        <source>This package was imported here before.</source>
        <translation>Paket ini sudah pernah diimpor di sini.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the package have the same version as ours but other content. Import the rest and keep the conflicts aside for a manager to decide on the Sync page, or cancel and change nothing.</source>
        <translation>
            <numerusform>%Ln data dalam paket memiliki versi yang sama dengan data di sini, tetapi isinya berbeda. Impor sisanya dan sisihkan konfliknya untuk diputuskan manajer di halaman Sinkronisasi, atau batalkan tanpa mengubah apa pun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible while records conflict: nothing would be written.</source>
        <translation>Tidak dapat dilakukan selama ada data yang berkonflik: tidak ada yang akan ditulis.</translation>
    </message>
    <message>
        <source>Every record of this package is here already: importing it would change nothing.</source>
        <translation>Semua data dalam paket ini sudah ada di sini: mengimpornya tidak akan mengubah apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) would be added or changed. Either all of them are imported or none.</source>
        <translation>
            <numerusform>%Ln data akan ditambahkan atau diubah. Semuanya diimpor, atau tidak sama sekali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkas ini tidak dapat diimpor.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impor gagal.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing was changed in the database.</source>
        <translation>Tidak ada yang diubah di basis data.</translation>
    </message>
    <message>
        <source>Choose a package first.</source>
        <translation>Pilih paket terlebih dahulu.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Mengimpor paket</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Waste categories</source>
        <translation>Kategori limbah</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>Rangkaian pemesanan jadwal</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Jadwal perawatan</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Waste lines</source>
        <translation>Catatan limbah</translation>
    </message>
    <message>
        <source>Closed months</source>
        <translation>Bulan yang ditutup</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Waste category</source>
        <translation>Kategori limbah</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Pemesanan jadwal</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Jadwal perawatan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Waste line</source>
        <translation>Catatan limbah</translation>
    </message>
    <message>
        <source>Closed month</source>
        <translation>Bulan yang ditutup</translation>
    </message>
</context>
<context>
    <name>Rpb::SyncPage</name>
    <message>
        <source>Export sync package</source>
        <translation>Ekspor paket sinkronisasi</translation>
    </message>
    <message>
        <source>Sync packages (*.rpbsync);;All files (*)</source>
        <translation>Paket sinkronisasi (*.rpbsync);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import sync package</source>
        <translation>Impor paket sinkronisasi</translation>
    </message>
    <message>
        <source>Decide a conflict</source>
        <translation>Putuskan konflik</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the sync status again (F5)</source>
        <translation>Baca ulang status sinkronisasi (F5)</translation>
    </message>
    <message>
        <source>Status &amp;per site:</source>
        <translation>&amp;Status per lokasi:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Penghitung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Ekspor terakhir</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>The site&apos;s change counter: every change of a record takes the next number</source>
        <translation>Penghitung perubahan lokasi: setiap perubahan data mendapat nomor berikutnya</translation>
    </message>
    <message>
        <source>Records changed since the last export, to go into the next package</source>
        <translation>Data yang berubah sejak ekspor terakhir, untuk dimasukkan ke paket berikutnya</translation>
    </message>
    <message>
        <source>Local: entered in this database. Imported: from the site&apos;s packages, read-only here.</source>
        <translation>Lokal: diisi di basis data ini. Diimpor: dari paket lokasi, hanya dapat dibaca di sini.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>A package holds the records of one site that changed since its last export, or all of them, and a checksum that shows any damage. Take it to the central office on a USB stick, by e-mail or through a shared folder.</source>
        <translation>Paket berisi data satu lokasi yang berubah sejak ekspor terakhir, atau seluruh datanya, serta checksum yang menunjukkan adanya kerusakan. Serahkan paket ke kantor pusat melalui flashdisk USB, e-mail, atau folder bersama.</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>L&amp;okasi:</translation>
    </message>
    <message>
        <source>&amp;Everything, not only the changes since the last export</source>
        <translation>S&amp;emuanya, bukan hanya perubahan sejak ekspor terakhir</translation>
    </message>
    <message>
        <source>What the package &amp;will hold:</source>
        <translation>Yang akan &amp;dimuat paket:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>E&amp;xport package...</source>
        <translation>Ekspo&amp;r paket...</translation>
    </message>
    <message>
        <source>Packages from the sites come in here. Before anything is written you see what the package holds and what it would change; then it is imported whole or not at all, and importing it again changes nothing. The records of an imported site are read-only here: they are changed in the site&apos;s own database.</source>
        <translation>Paket dari lokasi-lokasi masuk di sini. Sebelum apa pun ditulis, Anda dapat melihat isi paket dan apa yang akan diubahnya; lalu paket diimpor seluruhnya atau tidak sama sekali, dan mengimpornya lagi tidak mengubah apa pun. Data lokasi yang diimpor hanya dapat dibaca di sini: data itu diubah di basis data lokasi itu sendiri.</translation>
    </message>
    <message>
        <source>&amp;Import package...</source>
        <translation>&amp;Impor paket...</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>In the package (theirs):</source>
        <translation>Dalam paket (versi kiriman):</translation>
    </message>
    <message>
        <source>Here (ours):</source>
        <translation>Di sini (versi basis data ini):</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Pertahan&amp;kan versi di sini</translation>
    </message>
    <message>
        <source>Close the conflict and leave the record as it is here</source>
        <translation>Tutup konflik dan biarkan data seperti yang ada di sini</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ambil versi paket</translation>
    </message>
    <message>
        <source>Replace the record here with the package&apos;s version</source>
        <translation>Ganti data di sini dengan versi dari paket</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>From the site&apos;s packages; read-only here</source>
        <translation>Dari paket lokasi; hanya dapat dibaca di sini</translation>
    </message>
    <message>
        <source>Entered in this database</source>
        <translation>Diisi di basis data ini</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %Ln data</numerusform>
        </translation>
    </message>
    <message>
        <source>Status &amp;per site: no sites yet.</source>
        <translation>&amp;Status per lokasi: belum ada lokasi.</translation>
    </message>
    <message>
        <source>This database has no site of its own to export: its sites all came in packages.</source>
        <translation>Basis data ini tidak memiliki lokasi sendiri untuk diekspor: semua lokasinya berasal dari paket.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): everything of %1 up to change %2.</source>
        <translation>
            <numerusform>%Ln data: seluruh data %1 sampai perubahan no. %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of %1 has changed since its last export (change %2). Tick &quot;Everything&quot; to send all of it again.</source>
        <translation>Tidak ada data %1 yang berubah sejak ekspor terakhirnya (perubahan no. %2). Centang &quot;Semuanya&quot; untuk mengirim seluruhnya lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): the changes %1 to %2 of %3 and the records they refer to.</source>
        <translation>
            <numerusform>%Ln data: perubahan no. %1 sampai %2 dari %3 beserta data yang dirujuknya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>No conflicts: every imported record agreed with ours.</source>
        <translation>Tidak ada konflik: semua data yang diimpor sesuai dengan data di sini.</translation>
    </message>
    <message>
        <source>&amp;Records kept aside: the package and this database hold the same version with different content. Compare them and decide which one stays.</source>
        <translation>&amp;Data yang disisihkan: paket dan basis data ini memuat versi yang sama dengan isi berbeda. Bandingkan keduanya dan putuskan mana yang dipertahankan.</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Berbeda pada: %1</translation>
    </message>
    <message>
        <source>There is no site to export.</source>
        <translation>Tidak ada lokasi untuk diekspor.</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Menulis paket</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>Tidak ada paket yang ditulis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Package written to %1: %Ln record(s) of %2. SHA-256: %3</source>
        <translation>
            <numerusform>Paket ditulis ke %1: %Ln data %2. SHA-256: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Package of %1 imported. New records: %2; changed: %3.</source>
        <translation>Paket %1 diimpor. Data baru: %2; diubah: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) kept aside: decide them under Conflicts.</source>
        <translation>
            <numerusform>%Ln konflik disisihkan: putuskan di tab Konflik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation>Pilih konflik terlebih dahulu.</translation>
    </message>
    <message>
        <source>Keep our version of %1 and set the version from the package of %2 aside? The record stays as it is here.</source>
        <translation>Pertahankan versi %1 di sini dan sisihkan versi dari paket %2? Data tetap seperti yang ada di sini.</translation>
    </message>
    <message>
        <source>Replace our version of %1 with the one from the package of %2? The change is recorded in the audit log.</source>
        <translation>Ganti versi %1 di sini dengan versi dari paket %2? Perubahan ini dicatat di log audit.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Conflict closed: %1 stays as it is here.</source>
        <translation>Konflik ditutup: %1 tetap seperti yang ada di sini.</translation>
    </message>
    <message>
        <source>Conflict closed: %1 now holds the package&apos;s version.</source>
        <translation>Konflik ditutup: %1 kini memuat versi dari paket.</translation>
    </message>
    <message>
        <source>The sync package was written.</source>
        <translation>Paket sinkronisasi sudah ditulis.</translation>
    </message>
</context>
<context>
    <name>Rpb::SyncProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 dari %3 data</translation>
    </message>
</context>
<context>
    <name>Rpb::TimelineWidget</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>blocked for maintenance</source>
        <translation>diblokir untuk perawatan</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Product line: %1</source>
        <translation>Lini produk: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Keperluan: %1</translation>
    </message>
    <message>
        <source>Checked in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message>
        <source>Checked out %1</source>
        <translation>Check-out %1</translation>
    </message>
    <message>
        <source>Drag to move, drag the right edge to change the end.</source>
        <translation>Seret untuk memindahkan, seret tepi kanan untuk mengubah waktu selesai.</translation>
    </message>
    <message numerus="yes">
        <source>%n members at once</source>
        <translation>
            <numerusform>%n anggota sekaligus</numerusform>
        </translation>
    </message>
    <message>
        <source>Under maintenance: cannot be booked.</source>
        <translation>Dalam perawatan: tidak dapat dipesan.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Waktu dalam %1</translation>
    </message>
    <message>
        <source>This site has no machines to book yet. Add them under Master data (Ctrl+5), tab Equipment.</source>
        <translation>Lokasi ini belum memiliki mesin untuk dipesan. Tambahkan di Data induk (Ctrl+5), tab Mesin.</translation>
    </message>
    <message numerus="yes">
        <source>%n at once</source>
        <translation>
            <numerusform>%n sekaligus</numerusform>
        </translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Dalam perawatan</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Tutup sepanjang hari</translation>
    </message>
    <message>
        <source>Open %1–%2</source>
        <translation>Buka %1–%2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>Rpb::UserGuideDialog</name>
    <message>
        <source>Back to where you were (%1)</source>
        <translation>Kembali ke tempat sebelumnya (%1)</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Maju lagi (%1)</translation>
    </message>
    <message>
        <source>The table of contents at the top of the guide (%1)</source>
        <translation>Daftar isi di awal panduan (%1)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>The place before (%1)</source>
        <translation>Tempat sebelumnya (%1)</translation>
    </message>
    <message>
        <source>The next place (Enter or %1)</source>
        <translation>Tempat berikutnya (Enter atau %1)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Perbesar tulisan</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Perkecil tulisan</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the guide.</source>
        <translation>&quot;%1&quot; tidak ada di panduan.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>a word (%1)</source>
        <translation>kata (%1)</translation>
    </message>
</context>
<context>
    <name>Rpb::UserSession</name>
    <message>
        <source>Not signed in (%1)</source>
        <translation>Belum masuk (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Masuk sebagai %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Ganti kata sandi saya...</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Ganti &amp;pengguna</translation>
    </message>
    <message>
        <source>Lock the window now so that someone else can sign in (%1)</source>
        <translation>Kunci jendela sekarang agar orang lain dapat masuk (%1)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>User menu</source>
        <translation>Menu pengguna</translation>
    </message>
    <message>
        <source>Locked for a change of person. The next person signs in with their own name and password.</source>
        <translation>Terkunci untuk pergantian orang. Orang berikutnya masuk dengan nama pengguna dan kata sandinya sendiri.</translation>
    </message>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type your password to carry on, or sign in with your own name to take over.</source>
        <translation>
            <numerusform>Jendela terkunci dengan sendirinya setelah %n menit tidak dipakai. Ketik kata sandi Anda untuk melanjutkan, atau masuk dengan nama Anda sendiri untuk mengambil alih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked. %1 was signed in.</source>
        <translation>Terkunci. Sebelumnya yang masuk adalah %1.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from the next sign-in on.</source>
        <translation>Kata sandi Anda sudah diganti. Gunakan kata sandi baru mulai saat masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>Rpb::UtilisationModel</name>
    <message>
        <source>All machines</source>
        <translation>Semua mesin</translation>
    </message>
    <message>
        <source>Opening hours of the month less the maintenance within them.</source>
        <translation>Jam buka dalam bulan ini dikurangi waktu perawatan di dalamnya.</translation>
    </message>
    <message>
        <source>Between check-in and check-out.</source>
        <translation>Antara check-in dan check-out.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Maintenance hours</source>
        <translation>Jam perawatan</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Jam dipesan</translation>
    </message>
    <message>
        <source>Used hours</source>
        <translation>Jam terpakai</translation>
    </message>
    <message>
        <source>Booked %</source>
        <translation>% dipesan</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>% terpakai</translation>
    </message>
</context>
<context>
    <name>Rpb::UtilisationPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation>Bul&amp;an:</translation>
    </message>
    <message>
        <source>Hours of the site&apos;s local calendar month. Open hours are the opening hours less maintenance; used hours run from check-in to check-out.</source>
        <translation>Jam dalam bulan kalender setempat lokasi. Jam buka adalah jam buka lokasi dikurangi waktu perawatan; jam terpakai dihitung dari check-in sampai check-out.</translation>
    </message>
</context>
<context>
    <name>Rpb::WasteBatchesDialog</name>
    <message>
        <source>Batches behind the figure</source>
        <translation>Batch produksi di balik angka ini</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Tanggal produksi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota UMKM</translation>
    </message>
    <message>
        <source>Waste (%1)</source>
        <translation>Limbah (%1)</translation>
    </message>
    <message>
        <source>No batches found.</source>
        <translation>Tidak ada batch produksi yang ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n batches, largest share first; narrow the selection to see the rest.</source>
        <translation>
            <numerusform>%n batch produksi pertama, dimulai dari porsi terbesar; persempit pilihan untuk melihat sisanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), together %1 %2.</source>
        <translation>
            <numerusform>%n batch produksi, total %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::WasteCategoryDialog</name>
    <message>
        <source>New waste category</source>
        <translation>Kategori limbah baru</translation>
    </message>
    <message>
        <source>Waste category %1</source>
        <translation>Kategori limbah %1</translation>
    </message>
    <message>
        <source>e.g. SAWDUST</source>
        <translation>mis. SERBUK_KAYU</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Sat&amp;uan:</translation>
    </message>
    <message>
        <source>&amp;Hazardous (needs licensed handling)</source>
        <translation>&amp;Berbahaya (B3, perlu penanganan berizin)</translation>
    </message>
</context>
<context>
    <name>Rpb::WasteCategoryTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Berbahaya</translation>
    </message>
</context>
<context>
    <name>Rpb::WasteChart</name>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Waste over time by product line, %1 (%2)</source>
        <translation>Limbah dari waktu ke waktu per lini produk, %1 (%2)</translation>
    </message>
    <message>
        <source>Waste per product line by handling route, %1 (%2)</source>
        <translation>Limbah per lini produk menurut penanganan, %1 (%2)</translation>
    </message>
    <message>
        <source>Waste per product line by waste category, %1 (%2)</source>
        <translation>Limbah per lini produk menurut kategori limbah, %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rpb::WastePage</name>
    <message>
        <source>Waste</source>
        <translation>Limbah</translation>
    </message>
    <message>
        <source>No site chosen</source>
        <translation>Belum ada lokasi yang dipilih</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>kg (solid waste)</source>
        <translation>kg (limbah padat)</translation>
    </message>
    <message>
        <source>L (liquid waste)</source>
        <translation>L (limbah cair)</translation>
    </message>
    <message>
        <source>Waste category</source>
        <translation>Kategori limbah</translation>
    </message>
    <message>
        <source>Handling route</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Sit&amp;es:</source>
        <translation>L&amp;okasi:</translation>
    </message>
    <message>
        <source>The site chosen at the top of the window, or all sites together</source>
        <translation>Lokasi yang dipilih di bagian atas jendela, atau semua lokasi sekaligus</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>The length of the bars in the view over time</source>
        <translation>Rentang waktu setiap batang pada tampilan dari waktu ke waktu</translation>
    </message>
    <message>
        <source>kg and L are never added together: choose which waste to show</source>
        <translation>kg dan L tidak pernah dijumlahkan: pilih limbah mana yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Kelompokkan menurut:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafik:</translation>
    </message>
    <message>
        <source>Per product &amp;line</source>
        <translation>Per l&amp;ini produk</translation>
    </message>
    <message>
        <source>Over ti&amp;me</source>
        <translation>Dari &amp;waktu ke waktu</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ekspo&amp;r</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG image...</source>
        <translation>Grafik sebagai gambar &amp;PNG...</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG drawing...</source>
        <translation>Grafik sebagai gambar &amp;SVG...</translation>
    </message>
    <message>
        <source>Table as &amp;CSV file...</source>
        <translation>Tabel sebagai berkas &amp;CSV...</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>T&amp;able (the numbers of the chart; Enter lists the batches)</source>
        <translation>T&amp;abel (angka dari grafik; Enter menampilkan daftar batch produksi)</translation>
    </message>
    <message>
        <source>Choose a site at the top of the window, or all sites.</source>
        <translation>Pilih lokasi di bagian atas jendela, atau semua lokasi.</translation>
    </message>
    <message>
        <source>No waste recorded for this selection.
Choose other months, another unit or all sites.</source>
        <translation>Tidak ada limbah yang tercatat untuk pilihan ini.
Pilih bulan lain, satuan lain, atau semua lokasi.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Waste generated</source>
        <translation>Limbah yang dihasilkan</translation>
    </message>
    <message>
        <source>Diverted from disposal</source>
        <translation>Dialihkan dari pembuangan</translation>
    </message>
    <message>
        <source>Diversion rate</source>
        <translation>Tingkat pengalihan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>no waste before</source>
        <translation>sebelumnya tidak ada limbah</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Perubahan dibandingkan %1</translation>
    </message>
    <message>
        <source>Waste then</source>
        <translation>Limbah saat itu</translation>
    </message>
    <message>
        <source>Waste intensity</source>
        <translation>Intensitas limbah</translation>
    </message>
    <message>
        <source>waste per unit of output of each product line</source>
        <translation>limbah per satuan hasil setiap lini produk</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>tidak ada hasil</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <source>Charts are not available in this build.</source>
        <translation>Grafik tidak tersedia dalam build ini.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Sat&amp;uan:</translation>
    </message>
    <message>
        <source>The chart was saved.</source>
        <translation>Grafik sudah disimpan.</translation>
    </message>
    <message>
        <source>The table was saved as a CSV file.</source>
        <translation>Tabel sudah disimpan sebagai berkas CSV.</translation>
    </message>
    <message>
        <source>no data in %1</source>
        <translation>tidak ada data pada %1</translation>
    </message>
    <message numerus="yes">
        <source>too little data to compare (%n batch(es) then)</source>
        <translation>
            <numerusform>data terlalu sedikit untuk dibandingkan (saat itu %n batch)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::WasteTableModel</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Triwulan %1 %2</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>This is not a scheduling command.</source>
        <translation>Ini bukan perintah penjadwalan.</translation>
    </message>
    <message>
        <source>The option --repeat needs a rule, e.g. FREQ=WEEKLY;COUNT=4.</source>
        <translation>Opsi --repeat memerlukan aturan, mis. FREQ=WEEKLY;COUNT=4.</translation>
    </message>
    <message>
        <source>add --skip-conflicts to book the dates that are free</source>
        <translation>tambahkan --skip-conflicts untuk memesan tanggal yang masih kosong</translation>
    </message>
    <message>
        <source>free times: %1 free-slots --site %2 --equipment %3 --duration %4m --from %5</source>
        <translation>waktu kosong: %1 free-slots --site %2 --equipment %3 --duration %4m --from %5</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n date(s) of the series %1:</source>
        <translation>
            <numerusform>Dipesan %n tanggal dari rangkaian %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Dipesan:</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n date(s):</source>
        <translation>
            <numerusform>Dilewati %n tanggal:</numerusform>
        </translation>
    </message>
    <message>
        <source>clashes with %1</source>
        <translation>bentrok dengan %1</translation>
    </message>
    <message>
        <source>The last date comes before the first.</source>
        <translation>Tanggal terakhir lebih awal daripada tanggal pertama.</translation>
    </message>
    <message>
        <source>%1 is a member of another site.</source>
        <translation>%1 adalah anggota UMKM di lokasi lain.</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Tidak ada pemesanan jadwal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking id; bookings list shows them (a UUID).</source>
        <translation>&quot;%1&quot; bukan id pemesanan jadwal; perintah bookings list menampilkannya (berupa UUID).</translation>
    </message>
    <message>
        <source>Maintenance of %1 (%2) recorded: %3.</source>
        <translation>Jadwal perawatan %1 (%2) dicatat: %3.</translation>
    </message>
    <message>
        <source>It hits no bookings.</source>
        <translation>Tidak ada pemesanan jadwal yang terdampak.</translation>
    </message>
    <message numerus="yes">
        <source>It hits %n booking(s), now cancelled:</source>
        <translation>
            <numerusform>%n pemesanan jadwal terdampak, kini dibatalkan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It hits %n booking(s), left as they are; cancel or move them (or add --cancel-clashing next time):</source>
        <translation>
            <numerusform>%n pemesanan jadwal terdampak dan dibiarkan apa adanya; batalkan atau pindahkan (atau tambahkan --cancel-clashing lain kali):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulingService</name>
    <message>
        <source>There is no such machine.</source>
        <translation>Mesin tidak ditemukan.</translation>
    </message>
    <message>
        <source>The machine %1 is retired and cannot be booked.</source>
        <translation>Mesin %1 sudah tidak dipakai lagi dan tidak dapat dipesan.</translation>
    </message>
    <message>
        <source>The machine&apos;s site is missing.</source>
        <translation>Lokasi mesin ini tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Anggota UMKM tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 is a member of another site.</source>
        <translation>%1 adalah anggota UMKM di lokasi lain.</translation>
    </message>
    <message numerus="yes">
        <source>A booking lasts at least %n minute(s) at this site.</source>
        <translation>
            <numerusform>Di lokasi ini, pemesanan jadwal berlangsung minimal %n menit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A booking lasts at most %n minute(s) at this site.</source>
        <translation>
            <numerusform>Di lokasi ini, pemesanan jadwal berlangsung maksimal %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The machine %1 is under maintenance and cannot be booked.</source>
        <translation>Mesin %1 sedang dalam perawatan dan tidak dapat dipesan.</translation>
    </message>
    <message>
        <source>%1 has already passed.</source>
        <translation>%1 sudah lewat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is more than %n day(s) ahead.</source>
        <translation>
            <numerusform>%1 lebih dari %n hari ke depan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside the opening hours of %2 (%3–%4).</source>
        <translation>%1 di luar jam buka %2 (%3–%4).</translation>
    </message>
    <message>
        <source>%1 is blocked for maintenance %2 (%3).</source>
        <translation>%1 diblokir untuk perawatan pada %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is booked by %2 %3, plus %n minute(s) of cleaning.</source>
        <translation>
            <numerusform>%1 sudah dipesan oleh %2 pada %3, ditambah %n menit untuk pembersihan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is booked by %2 %3.</source>
        <translation>%1 sudah dipesan oleh %2 pada %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 hours booked in the week of %3; the fair-use limit is %4 hours a week.</source>
        <translation>%1 akan memiliki %2 jam pemesanan dalam minggu yang dimulai %3; batas pemakaian wajar adalah %4 jam per minggu.</translation>
    </message>
    <message>
        <source>None of the dates of the series is free.</source>
        <translation>Tidak ada satu pun tanggal dalam rangkaian ini yang kosong.</translation>
    </message>
    <message>
        <source>A booking can only move to a machine of its own site.</source>
        <translation>Pemesanan jadwal hanya dapat dipindahkan ke mesin di lokasinya sendiri.</translation>
    </message>
    <message>
        <source>cancelled for maintenance of %1</source>
        <translation>dibatalkan karena perawatan %1</translation>
    </message>
    <message>
        <source>There is no such booking.</source>
        <translation>Pemesanan jadwal tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no booking with the id %1.</source>
        <translation>Tidak ada pemesanan jadwal dengan id %1.</translation>
    </message>
    <message>
        <source>There is no such series.</source>
        <translation>Rangkaian pemesanan jadwal tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes at this site.</source>
        <translation>Di lokasi ini, durasi harus antara %1 dan %2 menit.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>Tulis bulan dalam bentuk YYYY-MM.</translation>
    </message>
    <message>
        <source>The booking of %1 by %2</source>
        <translation>Pemesanan jadwal %1 oleh %2</translation>
    </message>
    <message>
        <source>The booking %1</source>
        <translation>Pemesanan jadwal %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Preparing the demo sites for the first start...</source>
        <translation>Menyiapkan lokasi demo untuk penggunaan pertama...</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>The database %1 is on a network drive (%2). If two PCs write to it at the same time it can be damaged. Keep it on this PC&apos;s own disk; for several PCs, use the PostgreSQL server option when it is available.</source>
        <translation>Basis data %1 berada di drive jaringan (%2). Jika dua PC menulis ke basis data itu pada saat yang sama, basis data dapat rusak. Simpan di disk PC ini sendiri; untuk beberapa PC, gunakan opsi server PostgreSQL bila sudah tersedia.</translation>
    </message>
</context>
<context>
    <name>StorageService</name>
    <message>
        <source>A backup cannot replace the open database itself; choose another file.</source>
        <translation>Cadangan tidak dapat menggantikan basis data yang sedang dibuka; pilih berkas lain.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Tidak dapat mengganti %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>%1 %2 (%3), version %4</source>
        <translation>%1 %2 (%3), versi %4</translation>
    </message>
    <message>
        <source>This is not a sync command.</source>
        <translation>Ini bukan perintah sinkronisasi.</translation>
    </message>
    <message>
        <source>This database keeps no site of its own: every site in it came from packages, so there is nothing to export.</source>
        <translation>Basis data ini tidak menyimpan lokasi sendiri: semua lokasi di dalamnya berasal dari paket, sehingga tidak ada yang dapat diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>This database keeps %n site(s) (%1): say which one to export with --site S.</source>
        <translation>
            <numerusform>Basis data ini menyimpan %n lokasi (%1): sebutkan lokasi yang akan diekspor dengan --site S.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Menulis paket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>every record of %1 (full package, up to change %2)</source>
        <translation>semua data %1 (paket lengkap, sampai perubahan no. %2)</translation>
    </message>
    <message>
        <source>the records of %1 changed after change %2, up to change %3</source>
        <translation>data %1 yang berubah setelah perubahan no. %2, sampai perubahan no. %3</translation>
    </message>
    <message>
        <source>Dry run: the package would hold %1; nothing was written.</source>
        <translation>Uji coba: paket akan berisi %1; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>%1 ditulis: %2.</translation>
    </message>
    <message>
        <source>SHA-256 %1, %2 bytes.</source>
        <translation>SHA-256 %1, %2 byte.</translation>
    </message>
    <message>
        <source>Package of %1 (%2), made %3: %4.</source>
        <translation>Paket %1 (%2), dibuat %3: %4.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>changes %1 to %2</source>
        <translation>perubahan no. %1 sampai %2</translation>
    </message>
    <message>
        <source>In package</source>
        <translation>Dalam paket</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Berkonflik</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>This package was imported here before.</source>
        <translation>Paket ini sudah pernah diimpor di sini.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n record(s) would be added or changed; nothing was written.</source>
        <translation>
            <numerusform>Uji coba: %n data akan ditambahkan atau diubah; tidak ada yang ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n record(s) added or changed.</source>
        <translation>
            <numerusform>Diimpor: %n data ditambahkan atau diubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: this database has every record of the package already; nothing was written.</source>
        <translation>Tidak ada yang perlu diimpor: basis data ini sudah memiliki semua data dalam paket; tidak ada yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept aside for a manager: see sync conflicts.</source>
        <translation>
            <numerusform>%n konflik disisihkan untuk diputuskan manajer: lihat sync conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the package to import: sync import FILE.</source>
        <translation>Sebutkan paket yang akan diimpor: sync import FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package have the same version as ours but other content; nothing was imported.</source>
        <translation>
            <numerusform>%n data dalam paket memiliki versi yang sama dengan data di sini, tetapi isinya berbeda; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>ask the site which is right, or import with --skip-conflicts to keep them aside for a manager to decide</source>
        <translation>tanyakan ke lokasi mana yang benar, atau impor dengan --skip-conflicts untuk menyisihkannya agar diputuskan manajer</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Memeriksa paket</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Mengimpor paket</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum diekspor</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Ekspor terakhir</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>from packages (read-only)</source>
        <translation>dari paket (hanya baca)</translation>
    </message>
    <message>
        <source>kept here</source>
        <translation>disimpan di sini</translation>
    </message>
    <message>
        <source>The database has no sites.</source>
        <translation>Basis data tidak memiliki lokasi.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Tidak ada konflik yang belum diputuskan.</translation>
    </message>
    <message>
        <source>Name the conflict by its number, as sync conflicts lists it.</source>
        <translation>Sebutkan konflik dengan nomornya, seperti yang ditampilkan sync conflicts.</translation>
    </message>
    <message>
        <source>--keep takes local or incoming.</source>
        <translation>--keep menerima local atau incoming.</translation>
    </message>
    <message>
        <source>Conflict %1: kept this database&apos;s version.</source>
        <translation>Konflik %1: versi basis data ini dipertahankan.</translation>
    </message>
    <message>
        <source>Conflict %1: took the package&apos;s version.</source>
        <translation>Konflik %1: versi paket diambil.</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>The database could not run a query.</source>
        <translation>Basis data tidak dapat menjalankan kueri.</translation>
    </message>
    <message>
        <source>The database refused a change.</source>
        <translation>Basis data menolak perubahan.</translation>
    </message>
    <message>
        <source>A site is not staged.</source>
        <translation>Data lokasi tidak dimasukkan secara bertahap.</translation>
    </message>
    <message>
        <source>A %1 record refers to a %2 that is not in this database.</source>
        <translation>Data %1 merujuk ke %2 yang tidak ada di basis data ini.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Stopped before the end; nothing was changed.</source>
        <translation>Dihentikan sebelum selesai; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>The records of site %1 came here in packages from its own database; export them there, not from here.</source>
        <translation>Data lokasi %1 masuk ke sini melalui paket dari basis data lokasi itu sendiri; ekspor data itu dari sana, bukan dari sini.</translation>
    </message>
    <message>
        <source>The records changed while the package was being written; nothing was exported. Try again.</source>
        <translation>Data berubah saat paket sedang ditulis; tidak ada yang diekspor. Coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: full package of %n record(s)</source>
        <translation>
            <numerusform>%1: paket lengkap berisi %n data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: package of %n changed record(s)</source>
        <translation>
            <numerusform>%1: paket berisi %n data yang berubah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package have the same version as ours but other content; nothing was imported.</source>
        <translation>
            <numerusform>%n data dalam paket memiliki versi yang sama dengan data di sini, tetapi isinya berbeda; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) added or changed</source>
        <translation>
            <numerusform>%1: %n data ditambahkan atau diubah</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the package: %1</source>
        <translation>Tidak dapat membuka paket: %1</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Konflik tidak ditemukan.</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>Konflik ini sudah diputuskan.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>Data konflik ini sudah tidak ada di sini.</translation>
    </message>
    <message>
        <source>The record changed since the conflict was found; import its newest package instead.</source>
        <translation>Data telah berubah sejak konflik ditemukan; impor paket terbarunya saja.</translation>
    </message>
    <message>
        <source>The database refused the package&apos;s version: %1</source>
        <translation>Basis data menolak versi paket: %1</translation>
    </message>
    <message>
        <source>%1 %2: took the package&apos;s version</source>
        <translation>%1 %2: versi paket diambil</translation>
    </message>
    <message>
        <source>%1 %2: kept ours</source>
        <translation>%1 %2: versi di sini dipertahankan</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>The option --%1 takes %2, not &quot;%3&quot;.</source>
        <translation>Opsi --%1 memerlukan %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>a time written YYYY-MM-DDTHH:MM (the site&apos;s local time) or with an offset, e.g. 2026-12-02T08:00+07:00</source>
        <translation>waktu dengan format YYYY-MM-DDTHH:MM (waktu setempat lokasi) atau dengan selisih zona waktu, mis. 2026-12-02T08:00+07:00</translation>
    </message>
    <message>
        <source>%1, or a date YYYY-MM-DD</source>
        <translation>%1, atau tanggal YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD</source>
        <translation>tanggal dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a duration such as 2h, 90m or 1h30m</source>
        <translation>durasi seperti 2h, 90m, atau 1h30m</translation>
    </message>
    <message>
        <source>a month written YYYY-MM</source>
        <translation>bulan dengan format YYYY-MM</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>bilangan bulat dari %1 sampai %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Dalam perawatan</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tidak dipakai lagi</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Guna ulang</translation>
    </message>
    <message>
        <source>By-product sold</source>
        <translation>Dijual sebagai produk samping</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Daur ulang</translation>
    </message>
    <message>
        <source>Compost</source>
        <translation>Kompos</translation>
    </message>
    <message>
        <source>Energy recovery</source>
        <translation>Pemulihan energi</translation>
    </message>
    <message>
        <source>Treated discharge</source>
        <translation>Dibuang setelah diolah</translation>
    </message>
    <message>
        <source>Landfill</source>
        <translation>Ditimbun di TPA</translation>
    </message>
    <message>
        <source>Open burning</source>
        <translation>Pembakaran terbuka</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>There is no such account.</source>
        <translation>Akun tidak ditemukan.</translation>
    </message>
    <message>
        <source>Someone else changed this account after you opened it. Reload it and try again.</source>
        <translation>Akun ini telah diubah oleh orang lain setelah Anda membukanya. Muat ulang, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>%1 contains characters that are not valid text (check the file&apos;s encoding).</source>
        <translation>%1 berisi karakter yang bukan teks yang valid (periksa encoding berkasnya).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 terlalu panjang: paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may only use capital letters, digits, &apos;-&apos; and &apos;_&apos; (at most 30 characters).</source>
        <translation>%1 hanya boleh berisi huruf kapital, angka, &apos;-&apos; dan &apos;_&apos; (paling banyak 30 karakter).</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message numerus="yes">
        <source>The NIB has exactly 13 digits; &quot;%1&quot; has %n characters.</source>
        <translation>
            <numerusform>NIB terdiri atas tepat 13 digit; &quot;%1&quot; berisi %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the phone number with digits, spaces or &apos;-&apos; only, for example 0812-3456-7890.</source>
        <translation>Tulis nomor telepon hanya dengan angka, spasi, atau &apos;-&apos;, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use for example Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</source>
        <translation>&quot;%1&quot; bukan zona waktu yang dikenal; gunakan misalnya Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Closing time must be after opening time on the same day.</source>
        <translation>Waktu tutup harus setelah waktu buka pada hari yang sama.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Choose at least one day the site is open.</source>
        <translation>Pilih setidaknya satu hari buka lokasi.</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>Hari buka</translation>
    </message>
    <message>
        <source>The buffer must be between 0 and 240 minutes.</source>
        <translation>Waktu jeda harus antara 0 dan 240 menit.</translation>
    </message>
    <message>
        <source>Buffer time</source>
        <translation>Waktu jeda</translation>
    </message>
    <message>
        <source>The shortest booking must be between 5 minutes and 24 hours.</source>
        <translation>Pemesanan tersingkat harus antara 5 menit dan 24 jam.</translation>
    </message>
    <message>
        <source>Shortest booking</source>
        <translation>Pemesanan tersingkat</translation>
    </message>
    <message>
        <source>The longest booking must be at least the shortest and at most 7 days.</source>
        <translation>Pemesanan terlama harus minimal sama dengan pemesanan tersingkat dan paling lama 7 hari.</translation>
    </message>
    <message>
        <source>Longest booking</source>
        <translation>Pemesanan terlama</translation>
    </message>
    <message>
        <source>Booking ahead must be between 1 and 730 days.</source>
        <translation>Batas pemesanan ke depan harus antara 1 dan 730 hari.</translation>
    </message>
    <message>
        <source>Book ahead</source>
        <translation>Batas pemesanan ke depan</translation>
    </message>
    <message>
        <source>The weekly quota must be between 0 and 168 hours.</source>
        <translation>Kuota mingguan harus antara 0 dan 168 jam.</translation>
    </message>
    <message>
        <source>Weekly quota</source>
        <translation>Kuota mingguan</translation>
    </message>
    <message>
        <source>The mass-balance tolerance must be between 0 and 100%.</source>
        <translation>Toleransi neraca massa harus antara 0 dan 100%.</translation>
    </message>
    <message>
        <source>Mass-balance tolerance</source>
        <translation>Toleransi neraca massa</translation>
    </message>
    <message>
        <source>Product line code</source>
        <translation>Kode lini produk</translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation>Pilih lokasi.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Machine code</source>
        <translation>Kode mesin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Capacity must be between 1 and 50 members at once.</source>
        <translation>Kapasitas harus antara 1 dan 50 anggota UMKM sekaligus.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode anggota UMKM</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>The joining date cannot be in the future.</source>
        <translation>Tanggal bergabung tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>The joining date must be in 1990 or later.</source>
        <translation>Tanggal bergabung harus pada tahun 1990 atau sesudahnya.</translation>
    </message>
    <message>
        <source>Waste category code</source>
        <translation>Kode kategori limbah</translation>
    </message>
    <message>
        <source>Waste is measured in kg or L, not in pieces.</source>
        <translation>Limbah diukur dalam kg atau L, bukan per buah (pcs).</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Manajer penanggung jawab</translation>
    </message>
    <message>
        <source>The phone number is too short: it has %1 digits, a phone number at least %2, for example 0812-3456-7890.</source>
        <translation>Nomor telepon terlalu pendek: berisi %1 angka, sedangkan nomor telepon paling sedikit %2 angka, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The phone number is too long: at most %1 digits and 20 characters, for example 0812-3456-7890.</source>
        <translation>Nomor telepon terlalu panjang: paling banyak %1 angka dan 20 karakter, misalnya 0812-3456-7890.</translation>
    </message>
</context>
<context>
    <name>WasteCommands</name>
    <message>
        <source>The option --%1 takes %2, not &quot;%3&quot;.</source>
        <translation>Opsi --%1 memerlukan %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>This is not a waste command.</source>
        <translation>Ini bukan perintah limbah.</translation>
    </message>
    <message>
        <source>The last month comes before the first.</source>
        <translation>Bulan terakhir lebih awal daripada bulan pertama.</translation>
    </message>
    <message>
        <source>Waste in %1 of %2, %3 to %4:</source>
        <translation>Limbah dalam %1 di %2, %3 sampai %4:</translation>
    </message>
    <message>
        <source>No waste in %1 was recorded in this selection.</source>
        <translation>Tidak ada limbah dalam %1 yang tercatat pada pilihan ini.</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Lini produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensitas</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Diversion rate: %1</source>
        <translation>Tingkat pengalihan: %1</translation>
    </message>
    <message>
        <source>Previous period (%1 to %2): %3 %4, diversion rate %5</source>
        <translation>Periode sebelumnya (%1 sampai %2): %3 %4, tingkat pengalihan %5</translation>
    </message>
    <message>
        <source>The chart is written as .png or .svg; name the file so.</source>
        <translation>Grafik ditulis sebagai .png atau .svg; beri nama berkas dengan akhiran tersebut.</translation>
    </message>
    <message>
        <source>This build has no chart painter, so it cannot draw charts.</source>
        <translation>Build ini tidak memiliki penggambar grafik, sehingga tidak dapat menggambar grafik.</translation>
    </message>
    <message>
        <source>waste summary prints the same figures as numbers</source>
        <translation>perintah waste summary mencetak data yang sama dalam bentuk angka</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3).</source>
        <translation>%1 ditulis (%2 × %3).</translation>
    </message>
    <message>
        <source>The selection has no waste in %1; the chart says so.</source>
        <translation>Pilihan ini tidak memiliki limbah dalam %1; grafik akan menyatakannya.</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>semua lokasi</translation>
    </message>
</context>
<context>
    <name>WasteSummaryService</name>
    <message>
        <source>Give the first month as YYYY-MM.</source>
        <translation>Tulis bulan pertama dalam bentuk YYYY-MM.</translation>
    </message>
    <message>
        <source>Give the last month as YYYY-MM.</source>
        <translation>Tulis bulan terakhir dalam bentuk YYYY-MM.</translation>
    </message>
    <message>
        <source>The last month comes before the first.</source>
        <translation>Bulan terakhir lebih awal daripada bulan pertama.</translation>
    </message>
    <message>
        <source>Choose at most ten years at a time.</source>
        <translation>Pilih paling lama sepuluh tahun sekaligus.</translation>
    </message>
    <message>
        <source>Waste is measured in kg or L.</source>
        <translation>Limbah diukur dalam kg atau L.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>Lokasi tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no product line %1 in this selection.</source>
        <translation>Tidak ada lini produk %1 dalam pilihan ini.</translation>
    </message>
    <message>
        <source>There is no waste category %1 in this selection.</source>
        <translation>Tidak ada kategori limbah %1 dalam pilihan ini.</translation>
    </message>
</context>
</TS>
