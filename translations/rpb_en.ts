<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords in a row. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords in a row. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords in a row. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message numerus="yes">
        <source>The batch file has %n problem(s); nothing was saved.</source>
        <translation>
            <numerusform>The batch file has %n problem; nothing was saved.</numerusform>
            <numerusform>The batch file has %n problems; nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n batch(es); output %1; waste %2 kg, %3 L.</source>
        <translation>
            <numerusform>Total: %n batch; output %1; waste %2 kg, %3 L.</numerusform>
            <numerusform>Total: %n batches; output %1; waste %2 kg, %3 L.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message numerus="yes">
        <source>Check-in is possible from %n minute(s) before the start until the end.</source>
        <translation>
            <numerusform>Check-in is possible from %n minute before the start until the end.</numerusform>
            <numerusform>Check-in is possible from %n minutes before the start until the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A booking becomes a no-show only %n minute(s) after its start.</source>
        <translation>
            <numerusform>A booking becomes a no-show only %n minute after its start.</numerusform>
            <numerusform>A booking becomes a no-show only %n minutes after its start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>%Ln booking(s) written to %1.</source>
        <translation>
            <numerusform>%Ln booking written to %1.</numerusform>
            <numerusform>%Ln bookings written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) written to %1.</source>
        <translation>
            <numerusform>%Ln batch written to %1.</numerusform>
            <numerusform>%Ln batches written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waste line(s) written to %1.</source>
        <translation>
            <numerusform>%Ln waste line written to %1.</numerusform>
            <numerusform>%Ln waste lines written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) written to %1.</source>
        <translation>
            <numerusform>%Ln member written to %1.</numerusform>
            <numerusform>%Ln members written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>the monthly totals hold %1 %2 from %n line(s)</source>
        <translation>
            <numerusform>the monthly totals hold %1 %2 from %n line</numerusform>
            <numerusform>the monthly totals hold %1 %2 from %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a recount of the waste lines gives %1 %2 from %n line(s)</source>
        <translation>
            <numerusform>a recount of the waste lines gives %1 %2 from %n line</numerusform>
            <numerusform>a recount of the waste lines gives %1 %2 from %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, %n waste line(s) are counted in the figures or left out against the state of their batch (live, archived or deleted).</source>
        <translation>
            <numerusform>At %1, %n waste line is counted in the figures or left out against the state of its batch (live, archived or deleted).</numerusform>
            <numerusform>At %1, %n waste lines are counted in the figures or left out against the state of their batch (live, archived or deleted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1, %n waste line(s) carry another site, month or product line than their batch.</source>
        <translation>
            <numerusform>At %1, %n waste line carries another site, month or product line than its batch.</numerusform>
            <numerusform>At %1, %n waste lines carry another site, month or product line than their batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more finding(s).</source>
        <translation>
            <numerusform>And %n more finding.</numerusform>
            <numerusform>And %n more findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n member(s) would be added; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n member would be added; nothing was written.</numerusform>
            <numerusform>Dry run: %n members would be added; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>Imported %n member.</numerusform>
            <numerusform>Imported %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message numerus="yes">
        <source>%n row(s) or cell(s) have problems; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>%n row or cell has problems; nothing was imported. The first: %1</numerusform>
            <numerusform>%n rows or cells have problems; nothing was imported. The first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message numerus="yes">
        <source>%n waste line(s) of the batch kept here still count in another month; a package that moves a batch to another month brings its waste lines too.</source>
        <translation>
            <numerusform>%n waste line of the batch kept here still counts in another month; a package that moves a batch to another month brings its waste lines too.</numerusform>
            <numerusform>%n waste lines of the batch kept here still count in another month; a package that moves a batch to another month brings its waste lines too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waste line(s) of the batch kept here still name another product line; a package that changes a batch&apos;s product line brings its waste lines too.</source>
        <translation>
            <numerusform>%n waste line of the batch kept here still names another product line; a package that changes a batch&apos;s product line brings its waste lines too.</numerusform>
            <numerusform>%n waste lines of the batch kept here still name another product line; a package that changes a batch&apos;s product line brings its waste lines too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live waste line(s) of the category kept here are counted in another unit; a category&apos;s unit cannot change under its waste lines.</source>
        <translation>
            <numerusform>%n live waste line of the category kept here is counted in another unit; a category&apos;s unit cannot change under its waste lines.</numerusform>
            <numerusform>%n live waste lines of the category kept here are counted in another unit; a category&apos;s unit cannot change under its waste lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningCommands</name>
    <message numerus="yes">
        <source>Choose the bookings with --site, --equipment or --member: this database has %n site(s).</source>
        <translation>
            <numerusform>Choose the bookings with --site, --equipment or --member: this database has %n site.</numerusform>
            <numerusform>Choose the bookings with --site, --equipment or --member: this database has %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) from %1 to %2 written to %3.</source>
        <translation>
            <numerusform>%n booking from %1 to %2 written to %3.</numerusform>
            <numerusform>%n bookings from %1 to %2 written to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s), %2.</source>
        <translation>
            <numerusform>Wrote %1: %n page, %2.</numerusform>
            <numerusform>Wrote %1: %n pages, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::AccountDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::AccountsTab</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: the window locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved: the window locks after %n minute without input.</numerusform>
            <numerusform>Saved: the window locks after %n minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::AuditPage</name>
    <message numerus="yes">
        <source>%1 of %n entries shown, newest first</source>
        <translation>
            <numerusform>%1 of %n entry shown, newest first</numerusform>
            <numerusform>%1 of %n entries shown, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::BatchesPage</name>
    <message numerus="yes">
        <source>%n batch(es) · output %1 · waste %2 kg and %3 L</source>
        <translation>
            <numerusform>%n batch · output %1 · waste %2 kg and %3 L</numerusform>
            <numerusform>%n batches · output %1 · waste %2 kg and %3 L</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::BookingDialog</name>
    <message numerus="yes">
        <source>%n date(s) of the series are not free; they will be skipped.</source>
        <translation>
            <numerusform>%n date of the series is not free; it will be skipped.</numerusform>
            <numerusform>%n dates of the series are not free; they will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of the series are not free. Choose another time, or tick &quot;skip the rest&quot; to book the free dates only.</source>
        <translation>
            <numerusform>%n date of the series is not free. Choose another time, or tick &quot;skip the rest&quot; to book the free dates only.</numerusform>
            <numerusform>%n dates of the series are not free. Choose another time, or tick &quot;skip the rest&quot; to book the free dates only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n date(s).</source>
        <translation>
            <numerusform>Booked %n date.</numerusform>
            <numerusform>Booked %n dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) skipped:</source>
        <translation>
            <numerusform>%n date skipped:</numerusform>
            <numerusform>%n dates skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::BookingListPanel</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::CsvExportDialog</name>
    <message numerus="yes">
        <source>%Ln booking(s) written to %1.</source>
        <translation>
            <numerusform>%Ln booking written to %1.</numerusform>
            <numerusform>%Ln bookings written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) written to %1.</source>
        <translation>
            <numerusform>%Ln batch written to %1.</numerusform>
            <numerusform>%Ln batches written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waste line(s) written to %1.</source>
        <translation>
            <numerusform>%Ln waste line written to %1.</numerusform>
            <numerusform>%Ln waste lines written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) written to %1.</source>
        <translation>
            <numerusform>%Ln member written to %1.</numerusform>
            <numerusform>%Ln members written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spreadsheet file (%Ln row(s)) was written.</source>
        <translation>
            <numerusform>The spreadsheet file (%Ln row) was written.</numerusform>
            <numerusform>The spreadsheet file (%Ln rows) was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::FirstManagerDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MainWindow</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MaintenanceDialog</name>
    <message numerus="yes">
        <source>This time hits %n booking(s):</source>
        <translation>
            <numerusform>This time hits %n booking:</numerusform>
            <numerusform>This time hits %n bookings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MasterDataTab</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::MemberImportDialog</name>
    <message numerus="yes">
        <source>%n member(s) ready to import.</source>
        <translation>
            <numerusform>%n member ready to import.</numerusform>
            <numerusform>%n members ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file is fixed.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until the file is fixed.</numerusform>
            <numerusform>%n problems: nothing can be imported until the file is fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation>
            <numerusform>%n member imported.</numerusform>
            <numerusform>%n members imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::PasswordDialog</name>
    <message numerus="yes">
        <source>Choose a password of at least %n characters that others cannot guess.</source>
        <translation>
            <numerusform>Choose a password of at least %n character that others cannot guess.</numerusform>
            <numerusform>Choose a password of at least %n characters that others cannot guess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::RecurrenceEditor</name>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::ReportsPage</name>
    <message numerus="yes">
        <source>No comparison: %1 holds too little data (%n batch(es)).</source>
        <translation>
            <numerusform>No comparison: %1 holds too little data (%n batch).</numerusform>
            <numerusform>No comparison: %1 holds too little data (%n batches).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::SchedulePage</name>
    <message numerus="yes">
        <source>Booked %n date(s) from %1.</source>
        <translation>
            <numerusform>Booked %n date from %1.</numerusform>
            <numerusform>Booked %n dates from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The machine is blocked; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>The machine is blocked; %n booking cancelled.</numerusform>
            <numerusform>The machine is blocked; %n bookings cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The machine is blocked; %n booking(s) still stand in that time: please talk to the members.</source>
        <translation>
            <numerusform>The machine is blocked; %n booking still stands in that time: please talk to the member.</numerusform>
            <numerusform>The machine is blocked; %n bookings still stand in that time: please talk to the members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::SiteTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::SyncImportDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) in the package have the same version as ours but other content. Import the rest and keep the conflicts aside for a manager to decide on the Sync page, or cancel and change nothing.</source>
        <translation>
            <numerusform>%Ln record in the package has the same version as ours but other content. Import the rest and keep the conflict aside for a manager to decide on the Sync page, or cancel and change nothing.</numerusform>
            <numerusform>%Ln records in the package have the same version as ours but other content. Import the rest and keep the conflicts aside for a manager to decide on the Sync page, or cancel and change nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) would be added or changed. Either all of them are imported or none.</source>
        <translation>
            <numerusform>%Ln record would be added or changed.</numerusform>
            <numerusform>%Ln records would be added or changed. Either all of them are imported or none.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::SyncPage</name>
    <message numerus="yes">
        <source>%1 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %Ln record</numerusform>
            <numerusform>%1 · %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): everything of %1 up to change %2.</source>
        <translation>
            <numerusform>%Ln record: everything of %1 up to change %2.</numerusform>
            <numerusform>%Ln records: everything of %1 up to change %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): the changes %1 to %2 of %3 and the records they refer to.</source>
        <translation>
            <numerusform>%Ln record: the changes %1 to %2 of %3 and the records they refer to.</numerusform>
            <numerusform>%Ln records: the changes %1 to %2 of %3 and the records they refer to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written to %1: %Ln record(s) of %2. SHA-256: %3</source>
        <translation>
            <numerusform>Package written to %1: %Ln record of %2. SHA-256: %3</numerusform>
            <numerusform>Package written to %1: %Ln records of %2. SHA-256: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) kept aside: decide them under Conflicts.</source>
        <translation>
            <numerusform>%Ln conflict kept aside: decide it under Conflicts.</numerusform>
            <numerusform>%Ln conflicts kept aside: decide them under Conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::TimelineWidget</name>
    <message numerus="yes">
        <source>%n members at once</source>
        <translation>
            <numerusform>%n member at once</numerusform>
            <numerusform>%n members at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at once</source>
        <translation>
            <numerusform>%n at once</numerusform>
            <numerusform>%n at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::UserSession</name>
    <message numerus="yes">
        <source>The window locked itself after %n minute(s) without use. Type your password to carry on, or sign in with your own name to take over.</source>
        <translation>
            <numerusform>The window locked itself after %n minute without use. Type your password to carry on, or sign in with your own name to take over.</numerusform>
            <numerusform>The window locked itself after %n minutes without use. Type your password to carry on, or sign in with your own name to take over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::WasteBatchesDialog</name>
    <message numerus="yes">
        <source>The first %n batches, largest share first; narrow the selection to see the rest.</source>
        <translation>
            <numerusform>The first %n batch, largest share first; narrow the selection to see the rest.</numerusform>
            <numerusform>The first %n batches, largest share first; narrow the selection to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), together %1 %2.</source>
        <translation>
            <numerusform>%n batch, together %1 %2.</numerusform>
            <numerusform>%n batches, together %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rpb::WastePage</name>
    <message numerus="yes">
        <source>too little data to compare (%n batch(es) then)</source>
        <translation>
            <numerusform>too little data to compare (%n batch then)</numerusform>
            <numerusform>too little data to compare (%n batches then)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message numerus="yes">
        <source>Booked %n date(s) of the series %1:</source>
        <translation>
            <numerusform>Booked %n date of the series %1:</numerusform>
            <numerusform>Booked %n dates of the series %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n date(s):</source>
        <translation>
            <numerusform>Skipped %n date:</numerusform>
            <numerusform>Skipped %n dates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It hits %n booking(s), now cancelled:</source>
        <translation>
            <numerusform>It hits %n booking, now cancelled:</numerusform>
            <numerusform>It hits %n bookings, now cancelled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It hits %n booking(s), left as they are; cancel or move them (or add --cancel-clashing next time):</source>
        <translation>
            <numerusform>It hits %n booking, left as it is; cancel or move it (or add --cancel-clashing next time):</numerusform>
            <numerusform>It hits %n bookings, left as they are; cancel or move them (or add --cancel-clashing next time):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulingService</name>
    <message numerus="yes">
        <source>A booking lasts at least %n minute(s) at this site.</source>
        <translation>
            <numerusform>A booking lasts at least %n minute at this site.</numerusform>
            <numerusform>A booking lasts at least %n minutes at this site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A booking lasts at most %n minute(s) at this site.</source>
        <translation>
            <numerusform>A booking lasts at most %n minute at this site.</numerusform>
            <numerusform>A booking lasts at most %n minutes at this site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is more than %n day(s) ahead.</source>
        <translation>
            <numerusform>%1 is more than %n day ahead.</numerusform>
            <numerusform>%1 is more than %n days ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is booked by %2 %3, plus %n minute(s) of cleaning.</source>
        <translation>
            <numerusform>%1 is booked by %2 %3, plus %n minute of cleaning.</numerusform>
            <numerusform>%1 is booked by %2 %3, plus %n minutes of cleaning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message numerus="yes">
        <source>This database keeps %n site(s) (%1): say which one to export with --site S.</source>
        <translation>
            <numerusform>This database keeps %n site (%1): say which one to export with --site S.</numerusform>
            <numerusform>This database keeps %n sites (%1): say which one to export with --site S.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n record(s) would be added or changed; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n record would be added or changed; nothing was written.</numerusform>
            <numerusform>Dry run: %n records would be added or changed; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n record(s) added or changed.</source>
        <translation>
            <numerusform>Imported: %n record added or changed.</numerusform>
            <numerusform>Imported: %n records added or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept aside for a manager: see sync conflicts.</source>
        <translation>
            <numerusform>%n conflict kept aside for a manager: see sync conflicts.</numerusform>
            <numerusform>%n conflicts kept aside for a manager: see sync conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package have the same version as ours but other content; nothing was imported.</source>
        <translation>
            <numerusform>%n record of the package has the same version as ours but other content; nothing was imported.</numerusform>
            <numerusform>%n records of the package have the same version as ours but other content; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>%1: full package of %n record(s)</source>
        <translation>
            <numerusform>%1: full package of %n record</numerusform>
            <numerusform>%1: full package of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: package of %n changed record(s)</source>
        <translation>
            <numerusform>%1: package of %n changed record</numerusform>
            <numerusform>%1: package of %n changed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package have the same version as ours but other content; nothing was imported.</source>
        <translation>
            <numerusform>%n record of the package has the same version as ours but other content; nothing was imported.</numerusform>
            <numerusform>%n records of the package have the same version as ours but other content; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) added or changed</source>
        <translation>
            <numerusform>%1: %n record added or changed</numerusform>
            <numerusform>%1: %n records added or changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters.</source>
        <translation>
            <numerusform>%1 is too long: at most %n character.</numerusform>
            <numerusform>%1 is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The NIB has exactly 13 digits; &quot;%1&quot; has %n characters.</source>
        <translation>
            <numerusform>The NIB has exactly 13 digits; &quot;%1&quot; has %n character.</numerusform>
            <numerusform>The NIB has exactly 13 digits; &quot;%1&quot; has %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
