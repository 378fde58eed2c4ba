<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CardTr</name>
    <message>
        <source>The card&apos;s list of security protocols is malformed.</source>
        <translation>The card&apos;s list of security protocols is malformed.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly.</source>
        <translation>A cryptographic operation failed unexpectedly.</translation>
    </message>
    <message>
        <source>A command or response to the card is malformed.</source>
        <translation>A command or response to the card is malformed.</translation>
    </message>
    <message>
        <source>The card refused the access key. Check the data from the MRZ and try again.</source>
        <translation>The card refused the access key. Check the data from the MRZ and try again.</translation>
    </message>
    <message>
        <source>The card&apos;s answer to authentication is malformed.</source>
        <translation>The card&apos;s answer to authentication is malformed.</translation>
    </message>
    <message>
        <source>The card failed to prove it knows the access key.</source>
        <translation>The card failed to prove it knows the access key.</translation>
    </message>
    <message>
        <source>The card offers a chip authentication this program does not support.</source>
        <translation>The card offers a chip authentication this program does not support.</translation>
    </message>
    <message>
        <source>The card&apos;s chip authentication key is malformed.</source>
        <translation>The card&apos;s chip authentication key is malformed.</translation>
    </message>
    <message>
        <source>Chip authentication failed.</source>
        <translation>Chip authentication failed.</translation>
    </message>
    <message>
        <source>The terminal&apos;s chip authentication key is malformed.</source>
        <translation>The terminal&apos;s chip authentication key is malformed.</translation>
    </message>
    <message>
        <source>The card sent an invalid public key.</source>
        <translation>The card sent an invalid public key.</translation>
    </message>
    <message>
        <source>The card offers only access parameters this program does not support.</source>
        <translation>The card offers only access parameters this program does not support.</translation>
    </message>
    <message>
        <source>The access protocol was run out of order.</source>
        <translation>The access protocol was run out of order.</translation>
    </message>
    <message>
        <source>The card offers only access protocols this program does not support.</source>
        <translation>The card offers only access protocols this program does not support.</translation>
    </message>
    <message>
        <source>The card&apos;s authentication answer is not acceptable.</source>
        <translation>The card&apos;s authentication answer is not acceptable.</translation>
    </message>
    <message>
        <source>The access key is wrong.</source>
        <translation>The access key is wrong.</translation>
    </message>
    <message>
        <source>The card&apos;s answer failed the secure messaging check; the card may have been swapped or the connection tampered with.</source>
        <translation>The card&apos;s answer failed the secure messaging check; the card may have been swapped or the connection tampered with.</translation>
    </message>
    <message>
        <source>A secure messaging object from the card is malformed.</source>
        <translation>A secure messaging object from the card is malformed.</translation>
    </message>
    <message>
        <source>The ID number must have exactly 12 digits.</source>
        <translation>The ID number must have exactly 12 digits.</translation>
    </message>
    <message>
        <source>The ID number does not start with a known province code.</source>
        <translation>The ID number does not start with a known province code.</translation>
    </message>
    <message>
        <source>The ID number does not match the year of birth (it encodes %1).</source>
        <translation>The ID number does not match the year of birth (it encodes %1).</translation>
    </message>
    <message>
        <source>The ID number does not match the holder&apos;s sex.</source>
        <translation>The ID number does not match the holder&apos;s sex.</translation>
    </message>
    <message>
        <source>This is not the QR code of a citizen ID card (too few fields).</source>
        <translation>This is not the QR code of a citizen ID card (too few fields).</translation>
    </message>
    <message>
        <source>The QR code&apos;s ID number must have exactly 12 digits.</source>
        <translation>The QR code&apos;s ID number must have exactly 12 digits.</translation>
    </message>
    <message>
        <source>The QR code&apos;s old ID number must have 9 or 12 digits.</source>
        <translation>The QR code&apos;s old ID number must have 9 or 12 digits.</translation>
    </message>
    <message>
        <source>The QR code has no name.</source>
        <translation>The QR code has no name.</translation>
    </message>
    <message>
        <source>The QR code&apos;s date of birth is not a valid date (ddMMyyyy).</source>
        <translation>The QR code&apos;s date of birth is not a valid date (ddMMyyyy).</translation>
    </message>
    <message>
        <source>The QR code&apos;s sex must be &quot;Nam&quot; or &quot;Nữ&quot;.</source>
        <translation>The QR code&apos;s sex must be &quot;Nam&quot; or &quot;Nữ&quot;.</translation>
    </message>
    <message>
        <source>The QR code has no place of residence.</source>
        <translation>The QR code has no place of residence.</translation>
    </message>
    <message>
        <source>The QR code&apos;s issue date is not a valid date (ddMMyyyy).</source>
        <translation>The QR code&apos;s issue date is not a valid date (ddMMyyyy).</translation>
    </message>
    <message>
        <source>Data group 1 (MRZ) is malformed.</source>
        <translation>Data group 1 (MRZ) is malformed.</translation>
    </message>
    <message>
        <source>Data group 13 (personal data) is malformed.</source>
        <translation>Data group 13 (personal data) is malformed.</translation>
    </message>
    <message>
        <source>Data group 14 (security protocols) is malformed.</source>
        <translation>Data group 14 (security protocols) is malformed.</translation>
    </message>
    <message>
        <source>Data group 15 (active authentication key) is malformed.</source>
        <translation>Data group 15 (active authentication key) is malformed.</translation>
    </message>
    <message>
        <source>Data group 2 (portrait) is malformed.</source>
        <translation>Data group 2 (portrait) is malformed.</translation>
    </message>
    <message>
        <source>The card&apos;s file list (EF.COM) is malformed.</source>
        <translation>The card&apos;s file list (EF.COM) is malformed.</translation>
    </message>
    <message>
        <source>The machine-readable zone does not have the length of an ID card&apos;s.</source>
        <translation>The machine-readable zone does not have the length of an ID card&apos;s.</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>The machine-readable zone contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The document number in the machine-readable zone is malformed.</source>
        <translation>The document number in the machine-readable zone is malformed.</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (document number).</source>
        <translation>A check digit in the machine-readable zone is wrong (document number).</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (date of birth).</source>
        <translation>A check digit in the machine-readable zone is wrong (date of birth).</translation>
    </message>
    <message>
        <source>The machine-readable zone is malformed.</source>
        <translation>The machine-readable zone is malformed.</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (date of expiry).</source>
        <translation>A check digit in the machine-readable zone is wrong (date of expiry).</translation>
    </message>
    <message>
        <source>A check digit in the machine-readable zone is wrong (composite).</source>
        <translation>A check digit in the machine-readable zone is wrong (composite).</translation>
    </message>
    <message>
        <source>The card&apos;s security object (EF.SOD) is malformed.</source>
        <translation>The card&apos;s security object (EF.SOD) is malformed.</translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; is not connected.</source>
        <translation>The card reader &quot;%1&quot; is not connected.</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>not running (%1)</translation>
    </message>
    <message>
        <source>running, error: %1</source>
        <translation>running, error: %1</translation>
    </message>
    <message numerus="yes">
        <source>running, %n reader(s)</source>
        <translation>
            <numerusform>running, %n reader(s)</numerusform>
            <numerusform>running, %n reader(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask the administrator to install it.</source>
        <translation>The smart card service (pcscd) is not running. Start it, or ask the administrator to install it.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader and try again.</source>
        <translation>No card reader is connected. Plug in the reader and try again.</translation>
    </message>
    <message>
        <source>No card is on the reader. Place the ID card on the reader and try again.</source>
        <translation>No card is on the reader. Place the ID card on the reader and try again.</translation>
    </message>
    <message>
        <source>The card was removed or stopped answering during the read. Leave it on the reader and try again.</source>
        <translation>The card was removed or stopped answering during the read. Leave it on the reader and try again.</translation>
    </message>
    <message>
        <source>This card is not supported by the reader.</source>
        <translation>This card is not supported by the reader.</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation>Another program is using the card reader. Close it and try again.</translation>
    </message>
    <message>
        <source>The card reader reported an error.</source>
        <translation>The card reader reported an error.</translation>
    </message>
    <message>
        <source>Enter the CAN or the MRZ data to read the card.</source>
        <translation>Enter the CAN or the MRZ data to read the card.</translation>
    </message>
    <message>
        <source>The card sent malformed data.</source>
        <translation>The card sent malformed data.</translation>
    </message>
    <message>
        <source>The card file %1 is malformed.</source>
        <translation>The card file %1 is malformed.</translation>
    </message>
    <message>
        <source>The card file %1 is shorter than it announces.</source>
        <translation>The card file %1 is shorter than it announces.</translation>
    </message>
    <message>
        <source>The card refused the CAN. Check the six digits (on a CCCD: the last six digits of the ID number) and try again.</source>
        <translation>The card refused the CAN. Check the six digits (on a CCCD: the last six digits of the ID number) and try again.</translation>
    </message>
    <message>
        <source>The card refused the MRZ data. Check the ID number, date of birth and date of expiry and try again.</source>
        <translation>The card refused the MRZ data. Check the ID number, date of birth and date of expiry and try again.</translation>
    </message>
    <message>
        <source>This card does not accept the CAN. Enter the ID number, date of birth and date of expiry and try again.</source>
        <translation>This card does not accept the CAN. Enter the ID number, date of birth and date of expiry and try again.</translation>
    </message>
    <message>
        <source>This card is not a supported chip ID card or passport.</source>
        <translation>This card is not a supported chip ID card or passport.</translation>
    </message>
    <message>
        <source>The card read was cancelled.</source>
        <translation>The card read was cancelled.</translation>
    </message>
    <message>
        <source>Communication with the card broke off. Leave the card on the reader and try again.</source>
        <translation>Communication with the card broke off. Leave the card on the reader and try again.</translation>
    </message>
    <message>
        <source>The active authentication key cannot be loaded.</source>
        <translation>The active authentication key cannot be loaded.</translation>
    </message>
    <message>
        <source>The CSCA master list is malformed.</source>
        <translation>The CSCA master list is malformed.</translation>
    </message>
    <message>
        <source>The CSCA master list&apos;s signature does not verify.</source>
        <translation>The CSCA master list&apos;s signature does not verify.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be read or holds no certificate.</source>
        <translation>The trust anchor file %1 cannot be read or holds no certificate.</translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM or DER form.</source>
        <translation>The file holds no certificate in PEM or DER form.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be used: %2</source>
        <translation>The trust anchor file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The card profile&apos;s file %1 cannot be read.</source>
        <translation>The card profile&apos;s file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The card profile %1 has an invalid value for &quot;%2&quot;.</source>
        <translation>The card profile %1 has an invalid value for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The card profile %1 cannot be opened.</source>
        <translation>The card profile %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The card profile %1 is not valid JSON (at offset %2).</source>
        <translation>The card profile %1 is not valid JSON (at offset %2).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The document signer key or certificate of the card profile cannot be read.</source>
        <translation>The document signer key or certificate of the card profile cannot be read.</translation>
    </message>
    <message>
        <source>The data from the card is truncated or malformed.</source>
        <translation>The data from the card is truncated or malformed.</translation>
    </message>
</context>
<context>
    <name>motcua::AccountService</name>
    <message>
        <source>A user name has 2 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</source>
        <translation>A user name has 2 to 32 characters: lower-case letters without accents, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password is too long (at most 256 characters).</source>
        <translation>The password is too long (at most 256 characters).</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>The user name or password is wrong. Check them and try again.</translation>
    </message>
    <message>
        <source>The account database cannot be read.</source>
        <translation>The account database cannot be read.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</source>
        <translation>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</numerusform>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n minute(s).</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
        <translation>Unknown role &quot;%1&quot;. Roles: %2.</translation>
    </message>
    <message>
        <source>The password could not be protected. Try again.</source>
        <translation>The password could not be protected. Try again.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>The user name &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation>This database already has an administrator.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
</context>
<context>
    <name>motcua::AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>The audit log cannot be read.</translation>
    </message>
    <message>
        <source>row %1 is out of place: row %2 was expected here (a row was deleted or moved)</source>
        <translation>row %1 is out of place: row %2 was expected here (a row was deleted or moved)</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it (a row was deleted, inserted or moved)</source>
        <translation>row %1 does not follow the row before it (a row was deleted, inserted or moved)</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>row %1 was changed after it was written</translation>
    </message>
    <message>
        <source>rows after row %1 are missing (the log was cut short)</source>
        <translation>rows after row %1 are missing (the log was cut short)</translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>Cannot create the folder %1. Check that you may write there.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Choose a writable location or ask an administrator to fix its permissions.</source>
        <translation>The data folder %1 is read-only. Choose a writable location or ask an administrator to fix its permissions.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Một Cửa database. Restore it from a backup or choose another file.</source>
        <translation>The file %1 is damaged or is not a Một Cửa database. Restore it from a backup or choose another file.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Một Cửa Workstation. Install the newer version; the file has not been changed.</source>
        <translation>This database was written by a newer version of Một Cửa Workstation. Install the newer version; the file has not been changed.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used.</source>
        <translation>The database %1 cannot be used.</translation>
    </message>
    <message>
        <source>Saving to the database failed. Nothing was changed; try again.</source>
        <translation>Saving to the database failed. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the module &quot;%1&quot; (schema %2, this version knows %3). Install the newer version; the file has not been changed.</source>
        <translation>This database was written by a newer version of the module &quot;%1&quot; (schema %2, this version knows %3). Install the newer version; the file has not been changed.</translation>
    </message>
    <message>
        <source>Updating the database failed in module &quot;%1&quot; at step %2 (%3). The step was rolled back; your data is unchanged.</source>
        <translation>Updating the database failed in module &quot;%1&quot; at step %2 (%3). The step was rolled back; your data is unchanged.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>The database is busy. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyFileKek</name>
    <message>
        <source>The vault key file %1 can be read by other users. Make it readable by its owner only (chmod 600).</source>
        <translation>The vault key file %1 can be read by other users. Make it readable by its owner only (chmod 600).</translation>
    </message>
    <message>
        <source>The vault key file %1 cannot be read.</source>
        <translation>The vault key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The vault key file %1 is damaged.</source>
        <translation>The vault key file %1 is damaged.</translation>
    </message>
    <message>
        <source>The vault key file %1 is missing. Restore it from your backup; without it the protected data cannot be read.</source>
        <translation>The vault key file %1 is missing. Restore it from your backup; without it the protected data cannot be read.</translation>
    </message>
    <message>
        <source>The vault key file %1 cannot be written.</source>
        <translation>The vault key file %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyringKek</name>
    <message>
        <source>The vault key is not in the keyring (%1).</source>
        <translation>The vault key is not in the keyring (%1).</translation>
    </message>
    <message>
        <source>The vault key cannot be stored in the keyring (%1).</source>
        <translation>The vault key cannot be stored in the keyring (%1).</translation>
    </message>
    <message>
        <source>This build has no keyring support.</source>
        <translation>This build has no keyring support.</translation>
    </message>
</context>
<context>
    <name>motcua::ModuleManager</name>
    <message>
        <source>its library could not be loaded (%1)</source>
        <translation>its library could not be loaded (%1)</translation>
    </message>
    <message>
        <source>it does not implement the module interface</source>
        <translation>it does not implement the module interface</translation>
    </message>
    <message>
        <source>The module folder %1 does not exist.</source>
        <translation>The module folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a Một Cửa module (%2).</source>
        <translation>%1 is not a Một Cửa module (%2).</translation>
    </message>
    <message>
        <source>%1 is a plugin of another kind and was ignored.</source>
        <translation>%1 is a plugin of another kind and was ignored.</translation>
    </message>
    <message>
        <source>another module with the id &quot;%1&quot; is already present (%2)</source>
        <translation>another module with the id &quot;%1&quot; is already present (%2)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>it was built for module interface %1, this workstation offers %2</source>
        <translation>it was built for module interface %1, this workstation offers %2</translation>
    </message>
    <message>
        <source>it needs &quot;%1&quot;, which this workstation does not offer</source>
        <translation>it needs &quot;%1&quot;, which this workstation does not offer</translation>
    </message>
    <message>
        <source>it needs the module &quot;%1&quot;, which is missing or did not load</source>
        <translation>it needs the module &quot;%1&quot;, which is missing or did not load</translation>
    </message>
    <message>
        <source>its dependencies form a circle (%1)</source>
        <translation>its dependencies form a circle (%1)</translation>
    </message>
    <message>
        <source>it failed to start: %1</source>
        <translation>it failed to start: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ModuleSpec</name>
    <message>
        <source>The module&apos;s metadata is malformed: %1.</source>
        <translation>The module&apos;s metadata is malformed: %1.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>it is missing</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a short lower-case name</source>
        <translation>&quot;id&quot; must be a short lower-case name</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty text</source>
        <translation>&quot;name&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>&quot;version&quot; must look like 1.2.3</source>
        <translation>&quot;version&quot; must look like 1.2.3</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; must be a positive whole number</source>
        <translation>&quot;apiVersion&quot; must be a positive whole number</translation>
    </message>
    <message>
        <source>&quot;dependencies&quot; must be a list of module ids</source>
        <translation>&quot;dependencies&quot; must be a list of module ids</translation>
    </message>
    <message>
        <source>&quot;capabilities&quot; must be a list of names</source>
        <translation>&quot;capabilities&quot; must be a list of names</translation>
    </message>
    <message>
        <source>&quot;permissions&quot; must be a list</source>
        <translation>&quot;permissions&quot; must be a list</translation>
    </message>
    <message>
        <source>each permission needs an &quot;id&quot; and a list of &quot;roles&quot;</source>
        <translation>each permission needs an &quot;id&quot; and a list of &quot;roles&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::PassphraseKek</name>
    <message>
        <source>The vault passphrase must have at least 12 characters.</source>
        <translation>The vault passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>Deriving the vault key failed.</source>
        <translation>Deriving the vault key failed.</translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Certification officer</source>
        <translation>Certification officer</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>motcua::Session</name>
    <message>
        <source>You do not have the permission &quot;%1&quot;. Ask an administrator.</source>
        <translation>You do not have the permission &quot;%1&quot;. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>motcua::Vault</name>
    <message>
        <source>The encryption key is not valid.</source>
        <translation>The encryption key is not valid.</translation>
    </message>
    <message>
        <source>Encrypting the data failed.</source>
        <translation>Encrypting the data failed.</translation>
    </message>
    <message>
        <source>Protected data is damaged or was not made here.</source>
        <translation>Protected data is damaged or was not made here.</translation>
    </message>
    <message>
        <source>Protected data cannot be decrypted: it was changed, or the key is wrong.</source>
        <translation>Protected data cannot be decrypted: it was changed, or the key is wrong.</translation>
    </message>
    <message>
        <source>The vault cannot be read.</source>
        <translation>The vault cannot be read.</translation>
    </message>
    <message>
        <source>The vault of this database is protected by the method &quot;%1&quot;; provide that key.</source>
        <translation>The vault of this database is protected by the method &quot;%1&quot;; provide that key.</translation>
    </message>
    <message>
        <source>The vault key does not open this database&apos;s vault. Use the key it was created with.</source>
        <translation>The vault key does not open this database&apos;s vault. Use the key it was created with.</translation>
    </message>
</context>
<context>
    <name>motcua::WorkingCalendar</name>
    <message>
        <source>The holiday calendar cannot be read.</source>
        <translation>The holiday calendar cannot be read.</translation>
    </message>
    <message>
        <source>A holiday needs a valid date and a name.</source>
        <translation>A holiday needs a valid date and a name.</translation>
    </message>
</context>
<context>
    <name>motcua::Workstation</name>
    <message>
        <source>Enter the workstation name and the agency name.</source>
        <translation>Enter the workstation name and the agency name.</translation>
    </message>
</context>
<context>
    <name>motcua::certification</name>
    <message>
        <source>Certification register</source>
        <translation>Certification register</translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Verify a signed PDF</translation>
    </message>
    <message>
        <source>Certify a copy</source>
        <translation>Certify a copy</translation>
    </message>
    <message>
        <source>The certification register could not be updated.</source>
        <translation>The certification register could not be updated.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 is closed. Open the next year&apos;s book.</source>
        <translation>The register book %1 of %2 is closed. Open the next year&apos;s book.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Give the reason for the cancellation.</translation>
    </message>
    <message>
        <source>No certified entry %1 to cancel (it may be cancelled already).</source>
        <translation>No certified entry %1 to cancel (it may be cancelled already).</translation>
    </message>
    <message>
        <source>A register book is closed only after its year has ended.</source>
        <translation>A register book is closed only after its year has ended.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 is closed already.</source>
        <translation>The register book %1 of %2 is closed already.</translation>
    </message>
    <message>
        <source>No certification %1 in the register.</source>
        <translation>No certification %1 in the register.</translation>
    </message>
    <message>
        <source>Both the officer&apos;s and the agency&apos;s keys are needed.</source>
        <translation>Both the officer&apos;s and the agency&apos;s keys are needed.</translation>
    </message>
    <message>
        <source>Import the original&apos;s pages first.</source>
        <translation>Import the original&apos;s pages first.</translation>
    </message>
    <message>
        <source>Cannot save the certified copy. Check the free disk space.</source>
        <translation>Cannot save the certified copy. Check the free disk space.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded.</source>
        <translation>The refusal could not be recorded.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>A page of the original cannot be read.</source>
        <translation>A page of the original cannot be read.</translation>
    </message>
    <message>
        <source>The certified copy cannot be assembled.</source>
        <translation>The certified copy cannot be assembled.</translation>
    </message>
    <message>
        <source>The copy could not be queued for delivery.</source>
        <translation>The copy could not be queued for delivery.</translation>
    </message>
    <message>
        <source>The signed file is missing.</source>
        <translation>The signed file is missing.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>it is neither a PDF nor a JPEG, PNG or TIFF image.</source>
        <translation>it is neither a PDF nor a JPEG, PNG or TIFF image.</translation>
    </message>
    <message>
        <source>the image&apos;s dimensions (%1 × %2) are not those of a scanned page.</source>
        <translation>the image&apos;s dimensions (%1 × %2) are not those of a scanned page.</translation>
    </message>
    <message>
        <source>page %1 is missing.</source>
        <translation>page %1 is missing.</translation>
    </message>
    <message>
        <source>The original is erased or altered, or content was improperly added or removed.</source>
        <translation>The original is erased or altered, or content was improperly added or removed.</translation>
    </message>
    <message>
        <source>The original is damaged or worn so that its content cannot be read.</source>
        <translation>The original is damaged or worn so that its content cannot be read.</translation>
    </message>
    <message>
        <source>The original is marked secret or &quot;not to be copied&quot;.</source>
        <translation>The original is marked secret or &quot;not to be copied&quot;.</translation>
    </message>
    <message>
        <source>The content is against the law or social morality, or violates citizens&apos; rights.</source>
        <translation>The content is against the law or social morality, or violates citizens&apos; rights.</translation>
    </message>
    <message>
        <source>The original was issued abroad and is not consularly legalised.</source>
        <translation>The original was issued abroad and is not consularly legalised.</translation>
    </message>
    <message>
        <source>The original was made by an individual without the confirmation and seal of a competent body.</source>
        <translation>The original was made by an individual without the confirmation and seal of a competent body.</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Placeholders: {number} {book} {day} {month} {year} {officer} {title} {agency} {document} {pages} {copies}. A line starting with # is a centred heading.</source>
        <translation>Placeholders: {number} {book} {day} {month} {year} {officer} {title} {agency} {document} {pages} {copies}. A line starting with # is a centred heading.</translation>
    </message>
    <message>
        <source>Empty: signatures without a time-stamp (B-B)</source>
        <translation>Empty: signatures without a time-stamp (B-B)</translation>
    </message>
    <message>
        <source>Root certificate files, separated by ;</source>
        <translation>Root certificate files, separated by ;</translation>
    </message>
    <message>
        <source>Attestation wording:</source>
        <translation>Attestation wording:</translation>
    </message>
    <message>
        <source>Time-stamp server (RFC 3161):</source>
        <translation>Time-stamp server (RFC 3161):</translation>
    </message>
    <message>
        <source>Delivery endpoint (HTTPS):</source>
        <translation>Delivery endpoint (HTTPS):</translation>
    </message>
    <message>
        <source>Trusted roots:</source>
        <translation>Trusted roots:</translation>
    </message>
    <message>
        <source>&amp;Certify and sign</source>
        <translation>&amp;Certify and sign</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuse…</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Land-use right certificate</source>
        <translation>Land-use right certificate</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>1. Request</source>
        <translation>1. Request</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>2. Original</source>
        <translation>2. Original</translation>
    </message>
    <message>
        <source>&amp;Add scans…</source>
        <translation>&amp;Add scans…</translation>
    </message>
    <message>
        <source>Add the scanned original</source>
        <translation>Add the scanned original</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;otate</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>De&amp;lete page</source>
        <translation>De&amp;lete page</translation>
    </message>
    <message>
        <source>3. Refusal check — tick a ground only if it applies</source>
        <translation>3. Refusal check — tick a ground only if it applies</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) — fee %1</source>
        <translation>
            <numerusform>%n page(s) — fee %1</numerusform>
            <numerusform>%n page(s) — fee %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Certified as %1 and signed twice. Fee: %2.</source>
        <translation>Certified as %1 and signed twice. Fee: %2.</translation>
    </message>
    <message>
        <source>The refusal is recorded (ground %1).</source>
        <translation>The refusal is recorded (ground %1).</translation>
    </message>
    <message>
        <source>Search requester, document or number</source>
        <translation>Search requester, document or number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Cancel entry…</source>
        <translation>&amp;Cancel entry…</translation>
    </message>
    <message>
        <source>Close the &amp;year…</source>
        <translation>Close the &amp;year…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a certification</source>
        <translation>Cancel a certification</translation>
    </message>
    <message>
        <source>Why is certification %1 cancelled? The entry stays in the register, marked cancelled.</source>
        <translation>Why is certification %1 cancelled? The entry stays in the register, marked cancelled.</translation>
    </message>
    <message>
        <source>Certification %1 is cancelled.</source>
        <translation>Certification %1 is cancelled.</translation>
    </message>
    <message>
        <source>Close the register</source>
        <translation>Close the register</translation>
    </message>
    <message>
        <source>&amp;Open a PDF…</source>
        <translation>&amp;Open a PDF…</translation>
    </message>
    <message>
        <source>Open a signed PDF</source>
        <translation>Open a signed PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Drop a PDF here or open one to check its signatures.</source>
        <translation>Drop a PDF here or open one to check its signatures.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Time-stamp</translation>
    </message>
    <message>
        <source>Certification number or scanned QR code</source>
        <translation>Certification number or scanned QR code</translation>
    </message>
    <message>
        <source>Look up in the register:</source>
        <translation>Look up in the register:</translation>
    </message>
    <message>
        <source>This document has no signatures.</source>
        <translation>This document has no signatures.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) found.</source>
        <translation>
            <numerusform>%n signature(s) found.</numerusform>
            <numerusform>%n signature(s) found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Type a certification number or scan the QR code.</source>
        <translation>Type a certification number or scan the QR code.</translation>
    </message>
    <message>
        <source>✕ The QR code&apos;s document hash does not match the register: not our copy.</source>
        <translation>✕ The QR code&apos;s document hash does not match the register: not our copy.</translation>
    </message>
    <message>
        <source>! Certification %1 was cancelled: %2</source>
        <translation>! Certification %1 was cancelled: %2</translation>
    </message>
    <message>
        <source>✓ Certification %1 of %2: %3, %4 page(s).</source>
        <translation>✓ Certification %1 of %2: %3, %4 page(s).</translation>
    </message>
    <message>
        <source>Fill in the requester&apos;s name and the document.</source>
        <translation>Fill in the requester&apos;s name and the document.</translation>
    </message>
    <message>
        <source>No — a later revision follows</source>
        <translation>No — a later revision follows</translation>
    </message>
    <message>
        <source>A register book number is a number from 1 to 99.</source>
        <translation>A register book number is a number from 1 to 99.</translation>
    </message>
    <message>
        <source>The register book %1 of %2 exists already.</source>
        <translation>The register book %1 of %2 exists already.</translation>
    </message>
    <message>
        <source>Signing was cancelled: nothing was entered in the register.</source>
        <translation>Signing was cancelled: nothing was entered in the register.</translation>
    </message>
    <message>
        <source>Path of the token&apos;s PKCS#11 library</source>
        <translation>Path of the token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <source>USB token driver (PKCS#11):</source>
        <translation>USB token driver (PKCS#11):</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>Read c&amp;hip card</source>
        <translation>Read c&amp;hip card</translation>
    </message>
    <message>
        <source>Cancel signing</source>
        <translation>Cancel signing</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <source>12 digits, or scan the card&apos;s QR code</source>
        <translation>12 digits, or scan the card&apos;s QR code</translation>
    </message>
    <message>
        <source>Register book:</source>
        <translation>Register book:</translation>
    </message>
    <message>
        <source>4. Signing keys — the password or PIN is asked for each signature</source>
        <translation>4. Signing keys — the password or PIN is asked for each signature</translation>
    </message>
    <message>
        <source>Officer&apos;s key:</source>
        <translation>Officer&apos;s key:</translation>
    </message>
    <message>
        <source>Agency&apos;s key:</source>
        <translation>Agency&apos;s key:</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Cancelling after the current step…</translation>
    </message>
    <message>
        <source>Preparing the copy and its attestation page…</source>
        <translation>Preparing the copy and its attestation page…</translation>
    </message>
    <message>
        <source>Officer&apos;s signature…</source>
        <translation>Officer&apos;s signature…</translation>
    </message>
    <message>
        <source>Agency&apos;s signature…</source>
        <translation>Agency&apos;s signature…</translation>
    </message>
    <message>
        <source>Asking the time-stamp server…</source>
        <translation>Asking the time-stamp server…</translation>
    </message>
    <message>
        <source>Saving the signed copy…</source>
        <translation>Saving the signed copy…</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Signing was cancelled.</translation>
    </message>
    <message>
        <source>Queued for delivery to the document store.</source>
        <translation>Queued for delivery to the document store.</translation>
    </message>
    <message>
        <source>The receipt could not be written.</source>
        <translation>The receipt could not be written.</translation>
    </message>
    <message>
        <source>Type the requester&apos;s 12-digit ID number (or scan the card&apos;s QR code) first: its last six digits open the chip.</source>
        <translation>Type the requester&apos;s 12-digit ID number (or scan the card&apos;s QR code) first: its last six digits open the chip.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running.</source>
        <translation>The smart card service (pcscd) is not running.</translation>
    </message>
    <message>
        <source>Put the chip ID card on the reader.</source>
        <translation>Put the chip ID card on the reader.</translation>
    </message>
    <message>
        <source>Reading the chip: %1…</source>
        <translation>Reading the chip: %1…</translation>
    </message>
    <message>
        <source>Reading the chip ID card…</source>
        <translation>Reading the chip ID card…</translation>
    </message>
    <message>
        <source>Requester read from the chip card.</source>
        <translation>Requester read from the chip card.</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>Key file (PKCS#12)</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>A .p12 or .pfx file</source>
        <translation>A .p12 or .pfx file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The %1&apos;s key file</source>
        <translation>The %1&apos;s key file</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>PKCS#12 key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>No token driver is configured (Settings → Certification).</source>
        <translation>No token driver is configured (Settings → Certification).</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>No token is plugged in.</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valid until %2)</translation>
    </message>
    <message>
        <source>The token holds no certificate.</source>
        <translation>The token holds no certificate.</translation>
    </message>
    <message>
        <source>Signature of the %1</source>
        <translation>Signature of the %1</translation>
    </message>
    <message>
        <source>Choose the %1&apos;s key file.</source>
        <translation>Choose the %1&apos;s key file.</translation>
    </message>
    <message>
        <source>Password of the %1&apos;s key file:</source>
        <translation>Password of the %1&apos;s key file:</translation>
    </message>
    <message>
        <source>Choose the token and the certificate for the %1&apos;s signature.</source>
        <translation>Choose the token and the certificate for the %1&apos;s signature.</translation>
    </message>
    <message>
        <source>PIN of the token &quot;%1&quot; for the %2&apos;s signature:</source>
        <translation>PIN of the token &quot;%1&quot; for the %2&apos;s signature:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>New &amp;book…</source>
        <translation>New &amp;book…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>Book:</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message numerus="yes">
        <source>Pending (%n attempt(s))</source>
        <translation>
            <numerusform>Pending (%n attempt(s))</numerusform>
            <numerusform>Pending (%n attempt(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) — the book was closed with %1 entries.</source>
        <translation>
            <numerusform>%n entry(ies) — the book was closed with %1 entries.</numerusform>
            <numerusform>%n entry(ies) — the book was closed with %1 entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close book %1 of %2? No entry can be added to it afterwards.</source>
        <translation>Close book %1 of %2? No entry can be added to it afterwards.</translation>
    </message>
    <message>
        <source>Book %1 of %2 is closed with %3 entries.</source>
        <translation>Book %1 of %2 is closed with %3 entries.</translation>
    </message>
    <message>
        <source>New register book</source>
        <translation>New register book</translation>
    </message>
    <message>
        <source>Number of the new book for %1:</source>
        <translation>Number of the new book for %1:</translation>
    </message>
    <message>
        <source>Book %1 of %2 is open.</source>
        <translation>Book %1 of %2 is open.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported.</source>
        <translation>
            <numerusform>%n entry(ies) exported.</numerusform>
            <numerusform>%n entry(ies) exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register could not be exported. %1</source>
        <translation>The register could not be exported. %1</translation>
    </message>
    <message>
        <source>The card read could not be recorded in the audit log.</source>
        <translation>The card read could not be recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n entry(ies)…</source>
        <translation>
            <numerusform>Exporting %n entry(ies)…</numerusform>
            <numerusform>Exporting %n entry(ies)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>Check that the folder is writable and the disk has free space.</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>Print &amp;receipt…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Give the card&apos;s CAN (--can), or --id with --dob and --expiry, or --mrz-key DOCNO,YYMMDD,YYMMDD.</source>
        <translation>Give the card&apos;s CAN (--can), or --id with --dob and --expiry, or --mrz-key DOCNO,YYMMDD,YYMMDD.</translation>
    </message>
    <message>
        <source>--id and --mrz-key cannot be combined.</source>
        <translation>--id and --mrz-key cannot be combined.</translation>
    </message>
    <message>
        <source>--can: the CAN is six digits.</source>
        <translation>--can: the CAN is six digits.</translation>
    </message>
    <message>
        <source>--id: the ID number is twelve digits.</source>
        <translation>--id: the ID number is twelve digits.</translation>
    </message>
    <message>
        <source>--dob: expected a date as YYYY-MM-DD.</source>
        <translation>--dob: expected a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--expiry: expected a date as YYYY-MM-DD (or &quot;none&quot;).</source>
        <translation>--expiry: expected a date as YYYY-MM-DD (or &quot;none&quot;).</translation>
    </message>
    <message>
        <source>--mrz-key: expected DOCNO,YYMMDD,YYMMDD.</source>
        <translation>--mrz-key: expected DOCNO,YYMMDD,YYMMDD.</translation>
    </message>
    <message>
        <source>ID number:      %1
</source>
        <translation>ID number:      %1
</translation>
    </message>
    <message>
        <source>Full name:      %1
</source>
        <translation>Full name:      %1
</translation>
    </message>
    <message>
        <source>Date of birth:  %1
</source>
        <translation>Date of birth:  %1
</translation>
    </message>
    <message>
        <source>Residence:      %1
</source>
        <translation>Residence:      %1
</translation>
    </message>
    <message>
        <source>Access:         %1
</source>
        <translation>Access:         %1
</translation>
    </message>
    <message>
        <source>Passive auth.:  %1
</source>
        <translation>Passive auth.:  %1
</translation>
    </message>
    <message>
        <source>Active auth.:   %1
</source>
        <translation>Active auth.:   %1
</translation>
    </message>
    <message>
        <source>APDUs: %1, %2 ms
</source>
        <translation>APDUs: %1, %2 ms
</translation>
    </message>
    <message>
        <source>Reader name (default: the first reader holding a card).</source>
        <translation>Reader name (default: the first reader holding a card).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Card access number (six digits).</source>
        <translation>Card access number (six digits).</translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation>DIGITS</translation>
    </message>
    <message>
        <source>12-digit ID number (its last six digits are the CAN).</source>
        <translation>12-digit ID number (its last six digits are the CAN).</translation>
    </message>
    <message>
        <source>ID12</source>
        <translation>ID12</translation>
    </message>
    <message>
        <source>Date of birth.</source>
        <translation>Date of birth.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date of expiry (&quot;none&quot; for a card without one).</source>
        <translation>Date of expiry (&quot;none&quot; for a card without one).</translation>
    </message>
    <message>
        <source>MRZ key: document number, birth and expiry dates.</source>
        <translation>MRZ key: document number, birth and expiry dates.</translation>
    </message>
    <message>
        <source>DOCNO,YYMMDD,YYMMDD</source>
        <translation>DOCNO,YYMMDD,YYMMDD</translation>
    </message>
    <message>
        <source>CSCA certificates: PEM/DER file, folder or ICAO master list (repeatable).</source>
        <translation>CSCA certificates: PEM/DER file, folder or ICAO master list (repeatable).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write the portrait to this file.</source>
        <translation>Write the portrait to this file.</translation>
    </message>
    <message>
        <source>OUT.jpg</source>
        <translation>OUT.jpg</translation>
    </message>
    <message>
        <source>Use short APDUs only.</source>
        <translation>Use short APDUs only.</translation>
    </message>
    <message>
        <source>Skip active authentication.</source>
        <translation>Skip active authentication.</translation>
    </message>
    <message>
        <source>The portrait could not be written to %1.</source>
        <translation>The portrait could not be written to %1.</translation>
    </message>
    <message>
        <source>Security check failed: this card&apos;s data or chip did not verify. Do not accept it.</source>
        <translation>Security check failed: this card&apos;s data or chip did not verify. Do not accept it.</translation>
    </message>
    <message>
        <source>Warning: the document signer is not in the trust store (add the CSCA with --trust).</source>
        <translation>Warning: the document signer is not in the trust store (add the CSCA with --trust).</translation>
    </message>
    <message>
        <source>Card profile (JSON).</source>
        <translation>Card profile (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>vpcd port: 35963 = &quot;Virtual PCD 00 00&quot;, 35964 = &quot;… 00 01&quot;.</source>
        <translation>vpcd port: 35963 = &quot;Virtual PCD 00 00&quot;, 35964 = &quot;… 00 01&quot;.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Folder holding the profile&apos;s keys and certificates (default: $MOTCUA_CARD_PKI).</source>
        <translation>Folder holding the profile&apos;s keys and certificates (default: $MOTCUA_CARD_PKI).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--profile FILE is required.</source>
        <translation>--profile FILE is required.</translation>
    </message>
    <message>
        <source>--reader-port: expected a TCP port number.</source>
        <translation>--reader-port: expected a TCP port number.</translation>
    </message>
    <message>
        <source>Simulated card &quot;%1&quot; attaching to vpcd on port %2; stop with Ctrl+C.</source>
        <translation>Simulated card &quot;%1&quot; attaching to vpcd on port %2; stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli card readers [--json]
       motcua-cli card read [--reader NAME] (--can DIGITS | --id ID12 --dob YYYY-MM-DD --expiry YYYY-MM-DD | --mrz-key DOCNO,YYMMDD,YYMMDD) [--trust PATH]... [--photo OUT.jpg] [--json]
       motcua-cli card simulate --profile FILE [--reader-port N] [--pki DIR]</source>
        <translation>Usage: motcua-cli card readers [--json]
       motcua-cli card read [--reader NAME] (--can DIGITS | --id ID12 --dob YYYY-MM-DD --expiry YYYY-MM-DD | --mrz-key DOCNO,YYMMDD,YYMMDD) [--trust PATH]... [--photo OUT.jpg] [--json]
       motcua-cli card simulate --profile FILE [--reader-port N] [--pki DIR]</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>User name of the first administrator.</translation>
    </message>
    <message>
        <source>Full name of the administrator.</source>
        <translation>Full name of the administrator.</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from stdin.</source>
        <translation>Read the administrator&apos;s password from stdin.</translation>
    </message>
    <message>
        <source>Add the demo office, demo accounts and demo records.</source>
        <translation>Add the demo office, demo accounts and demo records.</translation>
    </message>
    <message>
        <source>db init needs --db PATH, --admin USER and --password-stdin.</source>
        <translation>db init needs --db PATH, --admin USER and --password-stdin.</translation>
    </message>
    <message>
        <source>This database is already set up; it was not changed.</source>
        <translation>This database is already set up; it was not changed.</translation>
    </message>
    <message>
        <source>Created %1 with the administrator &quot;%2&quot;.</source>
        <translation>Created %1 with the administrator &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>db verify needs --db PATH.</source>
        <translation>db verify needs --db PATH.</translation>
    </message>
    <message>
        <source>Database integrity: %1
</source>
        <translation>Database integrity: %1
</translation>
    </message>
    <message>
        <source>Audit log: %1 rows, chain intact
</source>
        <translation>Audit log: %1 rows, chain intact
</translation>
    </message>
    <message>
        <source>Audit log: chain BROKEN at row %1: %2
</source>
        <translation>Audit log: chain BROKEN at row %1: %2
</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1.</source>
        <translation>The audit log was tampered with: %1.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>The database file is damaged: %1</translation>
    </message>
    <message>
        <source>Usage: motcua-cli db init|verify --db PATH ...</source>
        <translation>Usage: motcua-cli db init|verify --db PATH ...</translation>
    </message>
    <message>
        <source>Usage: motcua-cli &lt;command&gt; [options]
  modules [--json] [--db PATH]            list the modules that loaded
  db init --db PATH --admin USER --password-stdin [--demo]
  db verify --db PATH [--json]            check integrity and the audit chain
  users add|list|passwd|disable --db PATH --as ADMIN ...
  card readers|read|simulate ...          chip ID card (see --help of each)
  pdf sign|verify|tokens ...              PAdES signatures of PDF documents
  --version                               print the version</source>
        <translation>Usage: motcua-cli &lt;command&gt; [options]
  modules [--json] [--db PATH]            list the modules that loaded
  db init --db PATH --admin USER --password-stdin [--demo]
  db verify --db PATH [--json]            check integrity and the audit chain
  users add|list|passwd|disable --db PATH --as ADMIN ...
  card readers|read|simulate ...          chip ID card (see --help of each)
  pdf sign|verify|tokens ...              PAdES signatures of PDF documents
  --version                               print the version</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; was not loaded: %2</source>
        <translation>Module &quot;%1&quot; was not loaded: %2</translation>
    </message>
    <message>
        <source>Give the token PIN on stdin (--pin-stdin).</source>
        <translation>Give the token PIN on stdin (--pin-stdin).</translation>
    </message>
    <message>
        <source>PDF to sign.</source>
        <translation>PDF to sign.</translation>
    </message>
    <message>
        <source>Signed PDF to write.</source>
        <translation>Signed PDF to write.</translation>
    </message>
    <message>
        <source>PKCS#12 key file.</source>
        <translation>PKCS#12 key file.</translation>
    </message>
    <message>
        <source>Read the key file&apos;s password from stdin.</source>
        <translation>Read the key file&apos;s password from stdin.</translation>
    </message>
    <message>
        <source>PKCS#11 token driver library.</source>
        <translation>PKCS#11 token driver library.</translation>
    </message>
    <message>
        <source>Token label.</source>
        <translation>Token label.</translation>
    </message>
    <message>
        <source>Key label on the token.</source>
        <translation>Key label on the token.</translation>
    </message>
    <message>
        <source>Read the token PIN from stdin.</source>
        <translation>Read the token PIN from stdin.</translation>
    </message>
    <message>
        <source>Reason for signing.</source>
        <translation>Reason for signing.</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Place of signing.</translation>
    </message>
    <message>
        <source>Signer name to show.</source>
        <translation>Signer name to show.</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp authority URL (B-T).</source>
        <translation>RFC 3161 time-stamp authority URL (B-T).</translation>
    </message>
    <message>
        <source>Visible signature box.</source>
        <translation>Visible signature box.</translation>
    </message>
    <message>
        <source>Sign with RSA-PSS instead of PKCS#1 v1.5.</source>
        <translation>Sign with RSA-PSS instead of PKCS#1 v1.5.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [--reason TEXT] [--location TEXT] [--name TEXT] [--tsa URL] [--visible PAGE,X,Y,W,H] [--pss]</source>
        <translation>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [--reason TEXT] [--location TEXT] [--name TEXT] [--tsa URL] [--visible PAGE,X,Y,W,H] [--pss]</translation>
    </message>
    <message>
        <source>The key file&apos;s password is read from stdin: add --password-stdin.</source>
        <translation>The key file&apos;s password is read from stdin: add --password-stdin.</translation>
    </message>
    <message>
        <source>A token needs --token LABEL and --pin-stdin.</source>
        <translation>A token needs --token LABEL and --pin-stdin.</translation>
    </message>
    <message>
        <source>--visible wants PAGE,X,Y,W,H (page from 1, positive width and height).</source>
        <translation>--visible wants PAGE,X,Y,W,H (page from 1, positive width and height).</translation>
    </message>
    <message>
        <source>--tsa wants an http or https address.</source>
        <translation>--tsa wants an http or https address.</translation>
    </message>
    <message>
        <source>--pss needs an RSA key.</source>
        <translation>--pss needs an RSA key.</translation>
    </message>
    <message>
        <source>Signed by %1: %2</source>
        <translation>Signed by %1: %2</translation>
    </message>
    <message>
        <source>Trusted root certificate (PEM or DER); repeat for more.</source>
        <translation>Trusted root certificate (PEM or DER); repeat for more.</translation>
    </message>
    <message>
        <source>PDF to verify.</source>
        <translation>PDF to verify.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]</source>
        <translation>Usage: motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]</translation>
    </message>
    <message>
        <source>No certificate can be read from %1.</source>
        <translation>No certificate can be read from %1.</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>The document has no signatures.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [options]
       motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]
       motcua-cli pdf tokens --pkcs11-module LIB [--json]</source>
        <translation>Usage: motcua-cli pdf sign --in IN.pdf --out OUT.pdf (--p12 FILE --password-stdin | --pkcs11-module LIB --token LABEL [--key LABEL] --pin-stdin) [options]
       motcua-cli pdf verify IN.pdf [--trust CA.pem]... [--json]
       motcua-cli pdf tokens --pkcs11-module LIB [--json]</translation>
    </message>
    <message>
        <source>The account to act on.</source>
        <translation>The account to act on.</translation>
    </message>
    <message>
        <source>admin, certifier, police, frontdesk, analyst or auditor.</source>
        <translation>admin, certifier, police, frontdesk, analyst or auditor.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Full name.</translation>
    </message>
    <message>
        <source>Read the new password from stdin (after the operator&apos;s).</source>
        <translation>Read the new password from stdin (after the operator&apos;s).</translation>
    </message>
    <message>
        <source>users add needs --user NAME, --role ROLE and --password-stdin.</source>
        <translation>users add needs --user NAME, --role ROLE and --password-stdin.</translation>
    </message>
    <message>
        <source>Added the user &quot;%1&quot;.</source>
        <translation>Added the user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>users passwd needs --user NAME and --password-stdin.</source>
        <translation>users passwd needs --user NAME and --password-stdin.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>Enable the account again instead.</source>
        <translation>Enable the account again instead.</translation>
    </message>
    <message>
        <source>users disable needs --user NAME.</source>
        <translation>users disable needs --user NAME.</translation>
    </message>
    <message>
        <source>The account was enabled.</source>
        <translation>The account was enabled.</translation>
    </message>
    <message>
        <source>The account was disabled.</source>
        <translation>The account was disabled.</translation>
    </message>
    <message>
        <source>Usage: motcua-cli users add|list|passwd|disable --db PATH --as ADMIN ...</source>
        <translation>Usage: motcua-cli users add|list|passwd|disable --db PATH --as ADMIN ...</translation>
    </message>
    <message>
        <source>Database file (default: the workstation&apos;s own).</source>
        <translation>Database file (default: the workstation&apos;s own).</translation>
    </message>
    <message>
        <source>Operator account; its password is the first line of stdin.</source>
        <translation>Operator account; its password is the first line of stdin.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Print one JSON document on stdout.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Too many arguments.</translation>
    </message>
    <message>
        <source>This command needs an operator: add --as USER and give the password on the first line of stdin.</source>
        <translation>This command needs an operator: add --as USER and give the password on the first line of stdin.</translation>
    </message>
    <message>
        <source>--dob and --expiry go together.</source>
        <translation>--dob and --expiry go together.</translation>
    </message>
    <message>
        <source>Signature %1: %2 — %3
</source>
        <translation>Signature %1: %2 — %3
</translation>
    </message>
    <message>
        <source>  Signer: %1
</source>
        <translation>  Signer: %1
</translation>
    </message>
    <message>
        <source>  Signing time: %1
</source>
        <translation>  Signing time: %1
</translation>
    </message>
    <message>
        <source>  Covers the whole document: %1
</source>
        <translation>  Covers the whole document: %1
</translation>
    </message>
    <message>
        <source>  PAdES level: %1
</source>
        <translation>  PAdES level: %1
</translation>
    </message>
    <message>
        <source>  Time-stamp: %1 (%2)
</source>
        <translation>  Time-stamp: %1 (%2)
</translation>
    </message>
</context>
<context>
    <name>motcua::residence::AccommodationPage</name>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>New &amp;lodging…</source>
        <translation>New &amp;lodging…</translation>
    </message>
    <message>
        <source>New &amp;notice…</source>
        <translation>New &amp;notice…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Lodgings</source>
        <translation>Lodgings</translation>
    </message>
    <message>
        <source>Late or missing notices</source>
        <translation>Late or missing notices</translation>
    </message>
    <message>
        <source>Guest notices of the period (selected lodging, or all)</source>
        <translation>Guest notices of the period (selected lodging, or all)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>No notice</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n late or missing</source>
        <translation>
            <numerusform>⚠ %n late or missing</numerusform>
            <numerusform>⚠ %n late or missing</numerusform>
        </translation>
    </message>
    <message>
        <source>New lodging</source>
        <translation>New lodging</translation>
    </message>
    <message>
        <source>Remote area (24 hours for foreign guests)</source>
        <translation>Remote area (24 hours for foreign guests)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>House n&amp;umber:</translation>
    </message>
    <message>
        <source>K&amp;eeper:</source>
        <translation>K&amp;eeper:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Select the lodging first, then add its notice.</source>
        <translation>Select the lodging first, then add its notice.</translation>
    </message>
    <message>
        <source>New guest notice</source>
        <translation>New guest notice</translation>
    </message>
    <message>
        <source>Passport (foreign guest)</source>
        <translation>Passport (foreign guest)</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Guest:</translation>
    </message>
    <message>
        <source>ID or &amp;passport number:</source>
        <translation>ID or &amp;passport number:</translation>
    </message>
    <message>
        <source>Nationalit&amp;y (ISO code):</source>
        <translation>Nationalit&amp;y (ISO code):</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrival:</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>&amp;Leaves on:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>&amp;Notified at:</translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation>Export notices</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::AccommodationRegister</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Guesthouse</source>
        <translation>Guesthouse</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Dormitory</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Other lodging</source>
        <translation>Other lodging</translation>
    </message>
    <message>
        <source>Enter the name of the lodging.</source>
        <translation>Enter the name of the lodging.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s full name.</source>
        <translation>Enter the guest&apos;s full name.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s ID or passport number.</source>
        <translation>Enter the guest&apos;s ID or passport number.</translation>
    </message>
    <message>
        <source>the guest</source>
        <translation>the guest</translation>
    </message>
    <message>
        <source>Choose the guest&apos;s nationality.</source>
        <translation>Choose the guest&apos;s nationality.</translation>
    </message>
    <message>
        <source>Enter the arrival time.</source>
        <translation>Enter the arrival time.</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>The arrival time is in the future.</translation>
    </message>
    <message>
        <source>The end of the stay is before the arrival.</source>
        <translation>The end of the stay is before the arrival.</translation>
    </message>
    <message>
        <source>A notice covers a stay of 30 days at most.</source>
        <translation>A notice covers a stay of 30 days at most.</translation>
    </message>
    <message>
        <source>The notice time is in the future.</source>
        <translation>The notice time is in the future.</translation>
    </message>
    <message>
        <source>Choose the lodging.</source>
        <translation>Choose the lodging.</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Lodging address</source>
        <translation>Lodging address</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Leaves on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Accommodation notices %1 – %2</source>
        <translation>Accommodation notices %1 – %2</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>The spreadsheet could not be written.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseDocumentsPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected form (Ctrl+P)</source>
        <translation>Print the selected form (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>The form could not be rendered: its template is missing. Ask the administrator.</source>
        <translation>The form could not be rendered: its template is missing. Ask the administrator.</translation>
    </message>
    <message>
        <source>Open a case to see its forms.</source>
        <translation>Open a case to see its forms.</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Preparing the form…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>Save form as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Sign the selected form with the police unit&apos;s key (set by the administrator)</source>
        <translation>Sign the selected form with the police unit&apos;s key (set by the administrator)</translation>
    </message>
    <message>
        <source>✔ Signed digitally by %1. Save as PDF keeps the signature.</source>
        <translation>✔ Signed digitally by %1. Save as PDF keeps the signature.</translation>
    </message>
    <message>
        <source>Sign %1</source>
        <translation>Sign %1</translation>
    </message>
    <message>
        <source>Password of the police unit&apos;s key (%1):</source>
        <translation>Password of the police unit&apos;s key (%1):</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CasePage</name>
    <message>
        <source>Case number (2026-000042), 2026-* for a year, or the declarant&apos;s ID number</source>
        <translation>Case number (2026-000042), 2026-* for a year, or the declarant&apos;s ID number</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Find case:</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;. Check the number on the receipt (CT04).</source>
        <translation>No case matches &quot;%1&quot;. Check the number on the receipt (CT04).</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseService</name>
    <message>
        <source>The working-day calendar is not available.</source>
        <translation>The working-day calendar is not available.</translation>
    </message>
    <message>
        <source>This person already has an open case for this procedure (%1): continue that case instead of submitting again.</source>
        <translation>This person already has an open case for this procedure (%1): continue that case instead of submitting again.</translation>
    </message>
    <message>
        <source>The case was changed by someone else; reload it.</source>
        <translation>The case was changed by someone else; reload it.</translation>
    </message>
    <message>
        <source>Write what the file is missing (form CT05).</source>
        <translation>Write what the file is missing (form CT05).</translation>
    </message>
    <message>
        <source>The declarant of a case cannot change; take a new case instead.</source>
        <translation>The declarant of a case cannot change; take a new case instead.</translation>
    </message>
    <message>
        <source>Write the reasons for the refusal (form CT06).</source>
        <translation>Write the reasons for the refusal (form CT06).</translation>
    </message>
    <message>
        <source>Choose the officer.</source>
        <translation>Choose the officer.</translation>
    </message>
    <message>
        <source>This case does not exist.</source>
        <translation>This case does not exist.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseTable</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Overdue – %1</source>
        <translation>Overdue – %1</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Case %1 – %2</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Declarant: %2 (%3)&lt;br&gt;Received: %4 · Due: %5 · Fee: %6&lt;br&gt;Channel: %7 · Officer: %8</source>
        <translation>State: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Declarant: %2 (%3)&lt;br&gt;Received: %4 · Due: %5 · Fee: %6&lt;br&gt;Channel: %7 · Officer: %8</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Request &amp;completion (CT05)…</source>
        <translation>Request &amp;completion (CT05)…</translation>
    </message>
    <message>
        <source>File &amp;completed</source>
        <translation>File &amp;completed</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Start &amp;review</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;fuse (CT06)…</source>
        <translation>Re&amp;fuse (CT06)…</translation>
    </message>
    <message>
        <source>Result &amp;returned</source>
        <translation>Result &amp;returned</translation>
    </message>
    <message>
        <source>Request completion</source>
        <translation>Request completion</translation>
    </message>
    <message>
        <source>What is missing (one item per line; printed on CT05):</source>
        <translation>What is missing (one item per line; printed on CT05):</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Reasons for the refusal (one per line; printed on CT06):</source>
        <translation>Reasons for the refusal (one per line; printed on CT06):</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve case %1? The registry is updated at once.</source>
        <translation>Approve case %1? The registry is updated at once.</translation>
    </message>
    <message>
        <source>Case %1 is now: %2.</source>
        <translation>Case %1 is now: %2.</translation>
    </message>
    <message>
        <source>Loading case…</source>
        <translation>Loading case…</translation>
    </message>
    <message>
        <source>Ground: %1 (%2)</source>
        <translation>Ground: %1 (%2)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>motcua::residence::CaseWorkflow</name>
    <message>
        <source>A case in state &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation>A case in state &quot;%1&quot; cannot move to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Completion requested</source>
        <translation>Completion requested</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DeletionGrounds</name>
    <message>
        <source>Died, or declared missing or dead by a court</source>
        <translation>Died, or declared missing or dead by a court</translation>
    </message>
    <message>
        <source>Settled abroad</source>
        <translation>Settled abroad</translation>
    </message>
    <message>
        <source>Permanent registration cancelled (art. 35)</source>
        <translation>Permanent registration cancelled (art. 35)</translation>
    </message>
    <message>
        <source>Temporary registration cancelled (art. 35)</source>
        <translation>Temporary registration cancelled (art. 35)</translation>
    </message>
    <message>
        <source>Absent 12 months or more without a temporary registration or absence declaration</source>
        <translation>Absent 12 months or more without a temporary registration or absence declaration</translation>
    </message>
    <message>
        <source>Absent 6 months or more without a temporary registration elsewhere</source>
        <translation>Absent 6 months or more without a temporary registration elsewhere</translation>
    </message>
    <message>
        <source>Vietnamese nationality given up, withdrawn or its grant annulled</source>
        <translation>Vietnamese nationality given up, withdrawn or its grant annulled</translation>
    </message>
    <message>
        <source>Rent, loan or lodging ended 12 months ago, no registration at a new home</source>
        <translation>Rent, loan or lodging ended 12 months ago, no registration at a new home</translation>
    </message>
    <message>
        <source>Rent, loan or lodging ended, no temporary registration elsewhere</source>
        <translation>Rent, loan or lodging ended, no temporary registration elsewhere</translation>
    </message>
    <message>
        <source>Home sold or given away 12 months ago, no registration at a new home</source>
        <translation>Home sold or given away 12 months ago, no registration at a new home</translation>
    </message>
    <message>
        <source>Home sold or given away, the new owner does not agree to the stay</source>
        <translation>Home sold or given away, the new owner does not agree to the stay</translation>
    </message>
    <message>
        <source>Rent or ownership ended and the owner does not agree to keep the registration</source>
        <translation>Rent or ownership ended and the owner does not agree to keep the registration</translation>
    </message>
    <message>
        <source>Permanently registered at the same place</source>
        <translation>Permanently registered at the same place</translation>
    </message>
    <message>
        <source>Home demolished or confiscated, or vehicle deregistered</source>
        <translation>Home demolished or confiscated, or vehicle deregistered</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DeskQuery</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>motcua::residence::DialogButtons</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>motcua::residence::HouseholdRegistry</name>
    <message>
        <source>This household is not in the registry.</source>
        <translation>This household is not in the registry.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::InputChecks</name>
    <message>
        <source>The ID number of %1 must have exactly 12 digits.</source>
        <translation>The ID number of %1 must have exactly 12 digits.</translation>
    </message>
    <message>
        <source>The ID number of %1 does not start with a known province code.</source>
        <translation>The ID number of %1 does not start with a known province code.</translation>
    </message>
    <message>
        <source>The ID number of %1 does not match the date of birth and sex (4th digit: century and sex, 5th–6th digits: year of birth).</source>
        <translation>The ID number of %1 does not match the date of birth and sex (4th digit: century and sex, 5th–6th digits: year of birth).</translation>
    </message>
    <message>
        <source>Enter the full name of %1.</source>
        <translation>Enter the full name of %1.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth for %1.</source>
        <translation>Enter a valid date of birth for %1.</translation>
    </message>
    <message>
        <source>The date of birth of %1 is in the future.</source>
        <translation>The date of birth of %1 is in the future.</translation>
    </message>
    <message>
        <source>Choose the sex of %1.</source>
        <translation>Choose the sex of %1.</translation>
    </message>
    <message>
        <source>Choose the province and the commune of the address.</source>
        <translation>Choose the province and the commune of the address.</translation>
    </message>
    <message>
        <source>Enter the street or the house number of the address.</source>
        <translation>Enter the street or the house number of the address.</translation>
    </message>
    <message>
        <source>Enter the start and the end of the period.</source>
        <translation>Enter the start and the end of the period.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>the declarant</source>
        <translation>the declarant</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>Enter the relationship of %1 to the household head.</source>
        <translation>Enter the relationship of %1 to the household head.</translation>
    </message>
    <message>
        <source>The declarant is listed again among the members moving together.</source>
        <translation>The declarant is listed again among the members moving together.</translation>
    </message>
    <message>
        <source>the household head</source>
        <translation>the household head</translation>
    </message>
    <message>
        <source>Enter the VNeID consent reference.</source>
        <translation>Enter the VNeID consent reference.</translation>
    </message>
    <message>
        <source>Enter the name of the person who consents.</source>
        <translation>Enter the name of the person who consents.</translation>
    </message>
    <message>
        <source>Joining a household needs the consent of the household head (on paper or VNeID).</source>
        <translation>Joining a household needs the consent of the household head (on paper or VNeID).</translation>
    </message>
    <message>
        <source>Temporary residence is registered for two years at most.</source>
        <translation>Temporary residence is registered for two years at most.</translation>
    </message>
    <message>
        <source>Enter the new end of the temporary residence.</source>
        <translation>Enter the new end of the temporary residence.</translation>
    </message>
    <message>
        <source>Enter the destination of the temporary absence.</source>
        <translation>Enter the destination of the temporary absence.</translation>
    </message>
    <message>
        <source>Choose the household to split.</source>
        <translation>Choose the household to split.</translation>
    </message>
    <message>
        <source>A household split needs the consent of the household head (on paper or VNeID).</source>
        <translation>A household split needs the consent of the household head (on paper or VNeID).</translation>
    </message>
    <message>
        <source>Enter the data to correct.</source>
        <translation>Enter the data to correct.</translation>
    </message>
    <message>
        <source>The period is longer than allowed (at most %1 days).</source>
        <translation>The period is longer than allowed (at most %1 days).</translation>
    </message>
    <message>
        <source>Enter the corrected value.</source>
        <translation>Enter the corrected value.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected.</source>
        <translation>The field &quot;%1&quot; cannot be corrected.</translation>
    </message>
    <message>
        <source>Choose the legal ground for the deletion (Law on Residence, art. %1).</source>
        <translation>Choose the legal ground for the deletion (Law on Residence, art. %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ground for this deletion; choose one from the list.</source>
        <translation>&quot;%1&quot; is not a ground for this deletion; choose one from the list.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::NewCasePage</name>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Signed on paper (CT01)</source>
        <translation>Signed on paper (CT01)</translation>
    </message>
    <message>
        <source>Through VNeID</source>
        <translation>Through VNeID</translation>
    </message>
    <message>
        <source>Receive the case and print the &amp;receipt (CT04)</source>
        <translation>Receive the case and print the &amp;receipt (CT04)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Reading the card… keep it on the reader.</source>
        <translation>Reading the card… keep it on the reader.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Could not read the card: %1</source>
        <translation>Could not read the card: %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Group registration by &amp;list</source>
        <translation>Group registration by &amp;list</translation>
    </message>
    <message>
        <source>Data already in the national &amp;database</source>
        <translation>Data already in the national &amp;database</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Chip ID card of the declarant</source>
        <translation>Chip ID card of the declarant</translation>
    </message>
    <message>
        <source>Access number: last 6 digits of the ID number</source>
        <translation>Access number: last 6 digits of the ID number</translation>
    </message>
    <message>
        <source>Read &amp;card</source>
        <translation>Read &amp;card</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Put the card on the reader, type its access number and press Enter.</source>
        <translation>Put the card on the reader, type its access number and press Enter.</translation>
    </message>
    <message>
        <source>&amp;Access number:</source>
        <translation>&amp;Access number:</translation>
    </message>
    <message>
        <source>Declaration (CT01)</source>
        <translation>Declaration (CT01)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>e.g. Chủ hộ, Con, Vợ</source>
        <translation>e.g. Chủ hộ, Con, Vợ</translation>
    </message>
    <message>
        <source>4. &amp;ID number:</source>
        <translation>4. &amp;ID number:</translation>
    </message>
    <message>
        <source>1. Full &amp;name:</source>
        <translation>1. Full &amp;name:</translation>
    </message>
    <message>
        <source>2. Date of &amp;birth:</source>
        <translation>2. Date of &amp;birth:</translation>
    </message>
    <message>
        <source>3. &amp;Sex:</source>
        <translation>3. &amp;Sex:</translation>
    </message>
    <message>
        <source>5. &amp;Phone:</source>
        <translation>5. &amp;Phone:</translation>
    </message>
    <message>
        <source>6. &amp;Email:</source>
        <translation>6. &amp;Email:</translation>
    </message>
    <message>
        <source>7. Household &amp;head:</source>
        <translation>7. Household &amp;head:</translation>
    </message>
    <message>
        <source>8. Relationship to &amp;head:</source>
        <translation>8. Relationship to &amp;head:</translation>
    </message>
    <message>
        <source>9. Head&apos;s ID n&amp;umber:</source>
        <translation>9. Head&apos;s ID n&amp;umber:</translation>
    </message>
    <message>
        <source>10. Re&amp;quest:</source>
        <translation>10. Re&amp;quest:</translation>
    </message>
    <message>
        <source>S&amp;treet / hamlet:</source>
        <translation>S&amp;treet / hamlet:</translation>
    </message>
    <message>
        <source>House n&amp;umber:</source>
        <translation>House n&amp;umber:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <source>Destinati&amp;on:</source>
        <translation>Destinati&amp;on:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <source>11. Household members changing together</source>
        <translation>11. Household members changing together</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth (dd/MM/yyyy)</source>
        <translation>Date of birth (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Sex (M/F)</source>
        <translation>Sex (M/F)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Remo&amp;ve member</translation>
    </message>
    <message>
        <source>Consent of the household head and of the owner</source>
        <translation>Consent of the household head and of the owner</translation>
    </message>
    <message>
        <source>VNeID consent reference</source>
        <translation>VNeID consent reference</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Owner&apos;s full name</translation>
    </message>
    <message>
        <source>Owner&apos;s ID number</source>
        <translation>Owner&apos;s ID number</translation>
    </message>
    <message>
        <source>Household h&amp;ead:</source>
        <translation>Household h&amp;ead:</translation>
    </message>
    <message>
        <source>O&amp;wner of the home:</source>
        <translation>O&amp;wner of the home:</translation>
    </message>
    <message>
        <source>Fee: &lt;b&gt;%1&lt;/b&gt; · Result due: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Fee: &lt;b&gt;%1&lt;/b&gt; · Result due: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the card&apos;s access number first: the last six digits of the ID number.</source>
        <translation>Type the card&apos;s access number first: the last six digits of the ID number.</translation>
    </message>
    <message>
        <source>Read from the chip. Check the fields and complete the declaration.</source>
        <translation>Read from the chip. Check the fields and complete the declaration.</translation>
    </message>
    <message>
        <source>Case %1 received; result due %2. Print the receipt (CT04) for the citizen: Ctrl+P.</source>
        <translation>Case %1 received; result due %2. Print the receipt (CT04) for the citizen: Ctrl+P.</translation>
    </message>
    <message>
        <source>No card reader found. Connect the reader, or type the declaration.</source>
        <translation>No card reader found. Connect the reader, or type the declaration.</translation>
    </message>
    <message>
        <source>Newborn, birth registered on:</source>
        <translation>Newborn, birth registered on:</translation>
    </message>
    <message>
        <source>Legal &amp;ground:</source>
        <translation>Legal &amp;ground:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— choose the ground —</translation>
    </message>
    <message>
        <source>Birth registered (newborn, dd/MM/yyyy)</source>
        <translation>Birth registered (newborn, dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Member %1: write the birth registration date as dd/MM/yyyy, or leave it empty.</source>
        <translation>Member %1: write the birth registration date as dd/MM/yyyy, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::PersonRegistry</name>
    <message>
        <source>Enter at least the first three digits of the ID number.</source>
        <translation>Enter at least the first three digits of the ID number.</translation>
    </message>
    <message>
        <source>This person is not in the registry.</source>
        <translation>This person is not in the registry.</translation>
    </message>
    <message>
        <source>The address is missing from the registry.</source>
        <translation>The address is missing from the registry.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected.</source>
        <translation>The field &quot;%1&quot; cannot be corrected.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ProcedureCatalogue</name>
    <message>
        <source>Permanent residence registration</source>
        <translation>Permanent residence registration</translation>
    </message>
    <message>
        <source>Deletion of permanent residence</source>
        <translation>Deletion of permanent residence</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>Household split</translation>
    </message>
    <message>
        <source>Correction of residence data</source>
        <translation>Correction of residence data</translation>
    </message>
    <message>
        <source>Temporary residence registration</source>
        <translation>Temporary residence registration</translation>
    </message>
    <message>
        <source>Extension of temporary residence</source>
        <translation>Extension of temporary residence</translation>
    </message>
    <message>
        <source>Deletion of temporary residence</source>
        <translation>Deletion of temporary residence</translation>
    </message>
    <message>
        <source>Temporary absence declaration</source>
        <translation>Temporary absence declaration</translation>
    </message>
    <message>
        <source>Confirmation of residence information</source>
        <translation>Confirmation of residence information</translation>
    </message>
    <message>
        <source>Declaration of residence information</source>
        <translation>Declaration of residence information</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
</context>
<context>
    <name>motcua::residence::RegistryPage</name>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Temporary absence</source>
        <translation>Temporary absence</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Name (with or without accents), ID number, or household number (HK-…)</source>
        <translation>Name (with or without accents), ID number, or household number (HK-…)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Household &amp;members</source>
        <translation>Household &amp;members</translation>
    </message>
    <message>
        <source>Membership &amp;history</source>
        <translation>Membership &amp;history</translation>
    </message>
    <message>
        <source>Residence &amp;records</source>
        <translation>Residence &amp;records</translation>
    </message>
    <message>
        <source>Temporary residence ending within 15 days</source>
        <translation>Temporary residence ending within 15 days</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;. Try fewer words or the ID number.</source>
        <translation>Nobody found for &quot;%1&quot;. Try fewer words or the ID number.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::RegistryUpdater</name>
    <message>
        <source>%1 is already permanently registered at %2. The deletion of that registration comes first.</source>
        <translation>%1 is already permanently registered at %2. The deletion of that registration comes first.</translation>
    </message>
    <message>
        <source>%1 is already permanently registered at this address.</source>
        <translation>%1 is already permanently registered at this address.</translation>
    </message>
    <message>
        <source>Enter the declarant&apos;s relationship to the household head.</source>
        <translation>Enter the declarant&apos;s relationship to the household head.</translation>
    </message>
    <message>
        <source>%1 is not in the registry.</source>
        <translation>%1 is not in the registry.</translation>
    </message>
    <message>
        <source>%1 has no permanent residence to delete.</source>
        <translation>%1 has no permanent residence to delete.</translation>
    </message>
    <message>
        <source>%1 is not a member of this household.</source>
        <translation>%1 is not a member of this household.</translation>
    </message>
    <message>
        <source>Nobody would stay in the household: this is not a split.</source>
        <translation>Nobody would stay in the household: this is not a split.</translation>
    </message>
    <message>
        <source>The household head is leaving: choose a new head among the members who stay.</source>
        <translation>The household head is leaving: choose a new head among the members who stay.</translation>
    </message>
    <message>
        <source>%1 already has a temporary residence until %2: ask for an extension instead.</source>
        <translation>%1 already has a temporary residence until %2: ask for an extension instead.</translation>
    </message>
    <message>
        <source>%1 has no temporary residence.</source>
        <translation>%1 has no temporary residence.</translation>
    </message>
    <message>
        <source>An extension is filed in the last 15 days before the temporary residence ends (%1).</source>
        <translation>An extension is filed in the last 15 days before the temporary residence ends (%1).</translation>
    </message>
    <message>
        <source>The new end must be after the current one and at most two years later.</source>
        <translation>The new end must be after the current one and at most two years later.</translation>
    </message>
    <message>
        <source>permanent registration</source>
        <translation>permanent registration</translation>
    </message>
    <message>
        <source>The household to split is not in the registry.</source>
        <translation>The household to split is not in the registry.</translation>
    </message>
    <message>
        <source>household split</source>
        <translation>household split</translation>
    </message>
    <message>
        <source>Enter the address the person is absent from.</source>
        <translation>Enter the address the person is absent from.</translation>
    </message>
    <message>
        <source>%1 is permanently registered in this commune (%2): temporary residence is registered only outside the commune of permanent residence.</source>
        <translation>%1 is permanently registered in this commune (%2): temporary residence is registered only outside the commune of permanent residence.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceDemo</name>
    <message>
        <source>The demo residence records need the working-day calendar.</source>
        <translation>The demo residence records need the working-day calendar.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceModule</name>
    <message>
        <source>The residence module is not initialized.</source>
        <translation>The residence module is not initialized.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidencePages</name>
    <message>
        <source>Residence: work queue</source>
        <translation>Residence: work queue</translation>
    </message>
    <message>
        <source>Residence: new case</source>
        <translation>Residence: new case</translation>
    </message>
    <message>
        <source>Residence: case</source>
        <translation>Residence: case</translation>
    </message>
    <message>
        <source>Residence: registry</source>
        <translation>Residence: registry</translation>
    </message>
    <message>
        <source>Residence: accommodation notices</source>
        <translation>Residence: accommodation notices</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceRules</name>
    <message>
        <source>The birth of %1 cannot be registered before the date of birth.</source>
        <translation>The birth of %1 cannot be registered before the date of birth.</translation>
    </message>
    <message>
        <source>The birth registration date of %1 is in the future.</source>
        <translation>The birth registration date of %1 is in the future.</translation>
    </message>
    <message>
        <source>%1: permanent residence is registered %2 days after the birth registration (%3); the law asks for it within %4 days. The file is received; the late registration may be subject to an administrative penalty (Decree 282/2025/NĐ-CP).</source>
        <translation>%1: permanent residence is registered %2 days after the birth registration (%3); the law asks for it within %4 days. The file is received; the late registration may be subject to an administrative penalty (Decree 282/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>Temporary residence is registered for living %1 days or more at the place (Law on Residence, art. 27); this stay is %2 days. A shorter stay is an accommodation notice.</source>
        <translation>Temporary residence is registered for living %1 days or more at the place (Law on Residence, art. 27); this stay is %2 days. A shorter stay is an accommodation notice.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::ResidenceStore</name>
    <message>
        <source>The vault is not open; sensitive fields cannot be saved.</source>
        <translation>The vault is not open; sensitive fields cannot be saved.</translation>
    </message>
    <message>
        <source>The vault is not open; sensitive fields cannot be read.</source>
        <translation>The vault is not open; sensitive fields cannot be read.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::SigningSettingsPage</name>
    <message>
        <source>Residence signing</source>
        <translation>Residence signing</translation>
    </message>
    <message>
        <source>Empty: the forms are printed without a digital signature</source>
        <translation>Empty: the forms are printed without a digital signature</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Police unit&apos;s key</source>
        <translation>Police unit&apos;s key</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>PKCS#12 key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>CT03 to CT08 are signed with this key (PAdES) when an officer chooses &quot;Sign&quot; on the case page. The key&apos;s password is asked each time and never stored.</source>
        <translation>CT03 to CT08 are signed with this key (PAdES) when an officer chooses &quot;Sign&quot; on the case page. The key&apos;s password is asked each time and never stored.</translation>
    </message>
    <message>
        <source>Police unit&apos;s &amp;key (PKCS#12):</source>
        <translation>Police unit&apos;s &amp;key (PKCS#12):</translation>
    </message>
</context>
<context>
    <name>motcua::residence::WorkQueuePage</name>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation>Refresh the list (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>O&amp;fficer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; due today · &lt;b style=&apos;color:#b00020&apos;&gt;⚠ %2 overdue&lt;/b&gt; · %3 open</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; due today · &lt;b style=&apos;color:#b00020&apos;&gt;⚠ %2 overdue&lt;/b&gt; · %3 open</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Me (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::FormRenderer</name>
    <message>
        <source>The template of form %1 is missing; ask the administrator to restore it.</source>
        <translation>The template of form %1 is missing; ask the administrator to restore it.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::FormSigner</name>
    <message>
        <source>Form %1 is the declarant&apos;s declaration and is not signed by the police unit.</source>
        <translation>Form %1 is the declarant&apos;s declaration and is not signed by the police unit.</translation>
    </message>
</context>
<context>
    <name>motcua::residence::documents::ResidenceForms</name>
    <message>
        <source>CT01 – Declaration of change of residence information</source>
        <translation>CT01 – Declaration of change of residence information</translation>
    </message>
    <message>
        <source>CT03 – Temporary absence declaration</source>
        <translation>CT03 – Temporary absence declaration</translation>
    </message>
    <message>
        <source>CT04 – Receipt and appointment</source>
        <translation>CT04 – Receipt and appointment</translation>
    </message>
    <message>
        <source>CT05 – Request to complete the file</source>
        <translation>CT05 – Request to complete the file</translation>
    </message>
    <message>
        <source>CT06 – Refusal</source>
        <translation>CT06 – Refusal</translation>
    </message>
    <message>
        <source>CT07 – Confirmation of residence information</source>
        <translation>CT07 – Confirmation of residence information</translation>
    </message>
    <message>
        <source>CT08 – Notice of the result</source>
        <translation>CT08 – Notice of the result</translation>
    </message>
</context>
<context>
    <name>motcua::shell::AboutDialog</name>
    <message>
        <source>About Một Cửa Workstation</source>
        <translation>About Một Cửa Workstation</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The desk application for one-stop public service counters.</source>
        <translation>The desk application for one-stop public service counters.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>Included material</source>
        <translation>Included material</translation>
    </message>
    <message>
        <source>Icons: KDE Breeze icon theme, LGPL-3.0 or later.</source>
        <translation>Icons: KDE Breeze icon theme, LGPL-3.0 or later.</translation>
    </message>
    <message>
        <source>Administrative units of Vietnam: vietnamese-provinces-database by thanglequoc, MIT licence.</source>
        <translation>Administrative units of Vietnam: vietnamese-provinces-database by thanglequoc, MIT licence.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>motcua::shell::CardStatusIndicator</name>
    <message>
        <source>Card service not running</source>
        <translation>Card service not running</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Card reader ready</translation>
    </message>
    <message>
        <source>Card on reader</source>
        <translation>Card on reader</translation>
    </message>
    <message>
        <source>%1: card present</source>
        <translation>%1: card present</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: empty</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it or ask the administrator.</source>
        <translation>The smart card service (pcscd) is not running. Start it or ask the administrator.</translation>
    </message>
    <message>
        <source>Connect a card reader.</source>
        <translation>Connect a card reader.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copy all</translation>
    </message>
</context>
<context>
    <name>motcua::shell::DiagnosticsReport</name>
    <message>
        <source>found, not loaded</source>
        <translation>found, not loaded</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Một Cửa Workstation diagnostics, %1</source>
        <translation>Một Cửa Workstation diagnostics, %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>No modules were found.</source>
        <translation>No modules were found.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Plugin folders</source>
        <translation>Plugin folders</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Schema version of %1</source>
        <translation>Schema version of %1</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>PC/SC service</source>
        <translation>PC/SC service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>not monitored</translation>
    </message>
</context>
<context>
    <name>motcua::shell::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>A new language applies when the application starts again.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
</context>
<context>
    <name>motcua::shell::HomePage</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>Workstation:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Modules running:</source>
        <translation>Modules running:</translation>
    </message>
    <message>
        <source>Pages for you:</source>
        <translation>Pages for you:</translation>
    </message>
    <message>
        <source>No module pages are available to you. Help → Diagnostics shows which modules are installed.</source>
        <translation>No module pages are available to you. Help → Diagnostics shows which modules are installed.</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
</context>
<context>
    <name>motcua::shell::IdentityPanel</name>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation>Place of residence:</translation>
    </message>
    <message>
        <source>Card valid until:</source>
        <translation>Card valid until:</translation>
    </message>
    <message>
        <source>No portrait</source>
        <translation>No portrait</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>⚠ This card expired on %1. Ask for a valid document.</source>
        <translation>⚠ This card expired on %1. Ask for a valid document.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation>This workstation is locked</translation>
    </message>
    <message>
        <source>Your open work is kept. Enter your password to continue.</source>
        <translation>Your open work is kept. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::LoginDialog</name>
    <message>
        <source>Sign in – Một Cửa Workstation</source>
        <translation>Sign in – Một Cửa Workstation</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>This page could not be opened. Help → Diagnostics may tell why.</source>
        <translation>This page could not be opened. Help → Diagnostics may tell why.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Sign %1 out? Work on the open pages that was not saved will be lost.</source>
        <translation>Sign %1 out? Work on the open pages that was not saved will be lost.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quit while %1 is away? Work on the open pages that was not saved will be lost.</source>
        <translation>Quit while %1 is away? Work on the open pages that was not saved will be lost.</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <source>&amp;Read chip ID card…</source>
        <translation>&amp;Read chip ID card…</translation>
    </message>
</context>
<context>
    <name>motcua::shell::PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
</context>
<context>
    <name>motcua::shell::ReadCardDialog</name>
    <message>
        <source>Read chip ID card</source>
        <translation>Read chip ID card</translation>
    </message>
    <message>
        <source>Last 6 digits of the ID number</source>
        <translation>Last 6 digits of the ID number</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>&amp;Read card</translation>
    </message>
    <message>
        <source>&amp;Access number:</source>
        <translation>&amp;Access number:</translation>
    </message>
    <message>
        <source>Put the card on the reader and enter its access number.</source>
        <translation>Put the card on the reader and enter its access number.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>The access number has 6 digits: the last six digits of the 12-digit ID number.</source>
        <translation>The access number has 6 digits: the last six digits of the 12-digit ID number.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The card was read and its chip verified.</source>
        <translation>The card was read and its chip verified.</translation>
    </message>
    <message>
        <source>The card was read, but it could not be fully verified.</source>
        <translation>The card was read, but it could not be fully verified.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>This account manages the workstation and creates the accounts of the other staff.</source>
        <translation>This account manages the workstation and creates the accounts of the other staff.</translation>
    </message>
    <message>
        <source>For example: admin</source>
        <translation>For example: admin</translation>
    </message>
    <message>
        <source>For example: Nguyễn Văn An</source>
        <translation>For example: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password twice.</source>
        <translation>The two passwords are different. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupPlacePage</name>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Name this computer and say which office it serves. You can find the province and commune by typing part of the name.</source>
        <translation>Name this computer and say which office it serves. You can find the province and commune by typing part of the name.</translation>
    </message>
    <message>
        <source>For example: Desk 1</source>
        <translation>For example: Desk 1</translation>
    </message>
    <message>
        <source>For example: People&apos;s Committee of Ba Đình Ward</source>
        <translation>For example: People&apos;s Committee of Ba Đình Ward</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>Choose the province first</translation>
    </message>
    <message>
        <source>&amp;Workstation name:</source>
        <translation>&amp;Workstation name:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Province or city:</source>
        <translation>&amp;Province or city:</translation>
    </message>
    <message>
        <source>&amp;Commune or ward:</source>
        <translation>&amp;Commune or ward:</translation>
    </message>
    <message>
        <source>The list of provinces could not be loaded. Reinstall the application.</source>
        <translation>The list of provinces could not be loaded. Reinstall the application.</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupSummaryPage</name>
    <message>
        <source>Ready to create</source>
        <translation>Ready to create</translation>
    </message>
    <message>
        <source>Check the details. Press Create to set up the workstation.</source>
        <translation>Check the details. Press Create to set up the workstation.</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>Workstation:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SetupWizard</name>
    <message>
        <source>Set up Một Cửa Workstation</source>
        <translation>Set up Một Cửa Workstation</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>motcua::shell::ShellController</name>
    <message>
        <source>Một Cửa Workstation</source>
        <translation>Một Cửa Workstation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>motcua::shell::SystemInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>motcua::shell::VerdictBadge</name>
    <message>
        <source>No card read yet</source>
        <translation>No card read yet</translation>
    </message>
    <message>
        <source>Chip verified</source>
        <translation>Chip verified</translation>
    </message>
    <message>
        <source>Not chip-verified (QR code or typed)</source>
        <translation>Not chip-verified (QR code or typed)</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <source>Chip data intact; issuer certificate not in the trust store</source>
        <translation>Chip data intact; issuer certificate not in the trust store</translation>
    </message>
</context>
<context>
    <name>motcua::sign</name>
    <message>
        <source>The signature scheme does not fit the key.</source>
        <translation>The signature scheme does not fit the key.</translation>
    </message>
    <message>
        <source>Cannot build the signature.</source>
        <translation>Cannot build the signature.</translation>
    </message>
    <message>
        <source>Cannot add the time-stamp.</source>
        <translation>Cannot add the time-stamp.</translation>
    </message>
    <message>
        <source>There is no certificate to sign with.</source>
        <translation>There is no certificate to sign with.</translation>
    </message>
    <message>
        <source>The signing certificate expired on %1. Renew it before signing.</source>
        <translation>The signing certificate expired on %1. Renew it before signing.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid before %1. Check the computer&apos;s clock.</source>
        <translation>The signing certificate is not valid before %1. Check the computer&apos;s clock.</translation>
    </message>
    <message>
        <source>This certificate is not meant for signing.</source>
        <translation>This certificate is not meant for signing.</translation>
    </message>
    <message>
        <source>The signature data is damaged.</source>
        <translation>The signature data is damaged.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed, or the signature is damaged.</source>
        <translation>The document was changed after it was signed, or the signature is damaged.</translation>
    </message>
    <message>
        <source>No trusted root certificate was given to check the signer.</source>
        <translation>No trusted root certificate was given to check the signer.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not lead to a trusted root.</source>
        <translation>The signer&apos;s certificate does not lead to a trusted root.</translation>
    </message>
    <message>
        <source>The file is empty; it is not a PDF document.</source>
        <translation>The file is empty; it is not a PDF document.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>The file is not a PDF document.</translation>
    </message>
    <message>
        <source>The PDF document is encrypted. Ask for a copy without a password.</source>
        <translation>The PDF document is encrypted. Ask for a copy without a password.</translation>
    </message>
    <message>
        <source>The PDF document has no pages.</source>
        <translation>The PDF document has no pages.</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be read.</source>
        <translation>The PDF document is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be signed.</source>
        <translation>The PDF document is damaged and cannot be signed.</translation>
    </message>
    <message>
        <source>The signature font is missing: %1.</source>
        <translation>The signature font is missing: %1.</translation>
    </message>
    <message>
        <source>The signature font cannot be prepared.</source>
        <translation>The signature font cannot be prepared.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>The document has no page %1 for the signature.</source>
        <translation>The document has no page %1 for the signature.</translation>
    </message>
    <message>
        <source>The signature box is too small.</source>
        <translation>The signature box is too small.</translation>
    </message>
    <message>
        <source>The signature is larger than the space kept for it.</source>
        <translation>The signature is larger than the space kept for it.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>Cannot save the signed document to %1. Check the free disk space.</source>
        <translation>Cannot save the signed document to %1. Check the free disk space.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is damaged.</source>
        <translation>The signature&apos;s byte range is damaged.</translation>
    </message>
    <message>
        <source>Cannot open a session on the token.</source>
        <translation>Cannot open a session on the token.</translation>
    </message>
    <message>
        <source>The token holds no signing key.</source>
        <translation>The token holds no signing key.</translation>
    </message>
    <message>
        <source>The token holds no key labelled &quot;%1&quot;.</source>
        <translation>The token holds no key labelled &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The token holds no certificate for its signing key.</source>
        <translation>The token holds no certificate for its signing key.</translation>
    </message>
    <message>
        <source>The token cannot sign with this key.</source>
        <translation>The token cannot sign with this key.</translation>
    </message>
    <message>
        <source>The token failed to sign.</source>
        <translation>The token failed to sign.</translation>
    </message>
    <message>
        <source>Cannot load the token driver %1.</source>
        <translation>Cannot load the token driver %1.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 token driver.</source>
        <translation>%1 is not a PKCS#11 token driver.</translation>
    </message>
    <message>
        <source>The token driver failed to start.</source>
        <translation>The token driver failed to start.</translation>
    </message>
    <message>
        <source>The token driver cannot list its slotIds.</source>
        <translation>The token driver cannot list its slotIds.</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is plugged in. Plug it in and try again.</source>
        <translation>No token labelled &quot;%1&quot; is plugged in. Plug it in and try again.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask the administrator to unlock it with the PUK.</source>
        <translation>The token&apos;s PIN is locked. Ask the administrator to unlock it with the PUK.</translation>
    </message>
    <message>
        <source>The token refused the sign-in.</source>
        <translation>The token refused the sign-in.</translation>
    </message>
    <message>
        <source>Wrong PIN. One try remains before the token locks.</source>
        <translation>Wrong PIN. One try remains before the token locks.</translation>
    </message>
    <message>
        <source>Wrong PIN. Only a few tries remain before the token locks.</source>
        <translation>Wrong PIN. Only a few tries remain before the token locks.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token does not say how many tries remain; type it carefully.</source>
        <translation>Wrong PIN. The token does not say how many tries remain; type it carefully.</translation>
    </message>
    <message>
        <source>Cannot open the key file %1.</source>
        <translation>Cannot open the key file %1.</translation>
    </message>
    <message>
        <source>The key file is not a PKCS#12 file.</source>
        <translation>The key file is not a PKCS#12 file.</translation>
    </message>
    <message>
        <source>Wrong password for the key file. Type it again.</source>
        <translation>Wrong password for the key file. Type it again.</translation>
    </message>
    <message>
        <source>The key file cannot be read (its encryption may be too old). Export it again.</source>
        <translation>The key file cannot be read (its encryption may be too old). Export it again.</translation>
    </message>
    <message>
        <source>The key file holds no key with its certificate.</source>
        <translation>The key file holds no key with its certificate.</translation>
    </message>
    <message>
        <source>The key cannot sign.</source>
        <translation>The key cannot sign.</translation>
    </message>
    <message>
        <source>The key cannot sign with RSA-PSS.</source>
        <translation>The key cannot sign with RSA-PSS.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Signing failed.</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Valid signature</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Intact, but the signer is not trusted</source>
        <translation>Intact, but the signer is not trusted</translation>
    </message>
    <message>
        <source>The time-stamp server did not answer. Check the network or the time-stamp address.</source>
        <translation>The time-stamp server did not answer. Check the network or the time-stamp address.</translation>
    </message>
    <message>
        <source>The time-stamp server sent an unreadable answer.</source>
        <translation>The time-stamp server sent an unreadable answer.</translation>
    </message>
    <message>
        <source>The time-stamp server refused the request.</source>
        <translation>The time-stamp server refused the request.</translation>
    </message>
    <message>
        <source>The time-stamp server sent no token.</source>
        <translation>The time-stamp server sent no token.</translation>
    </message>
    <message>
        <source>The time-stamp does not belong to this signature; it was not used.</source>
        <translation>The time-stamp does not belong to this signature; it was not used.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ChartExport</name>
    <message>
        <source>The chart could not be saved to %1. Check the folder and try again.</source>
        <translation>The chart could not be saved to %1. Check the folder and try again.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::CsvReader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>too many columns</source>
        <translation>too many columns</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>unexpected character after a closing quote</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>a quote inside an unquoted field</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>a field is longer than %1 bytes</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::DashboardCharts</name>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ethnic groups</source>
        <translation>Ethnic groups</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Religions</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Chip cards issued by year</source>
        <translation>Chip cards issued by year</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>Cards issued</translation>
    </message>
    <message>
        <source>Age pyramid (male left, female right)</source>
        <translation>Age pyramid (male left, female right)</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::DashboardPage</name>
    <message>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Import residents…</source>
        <translation>&amp;Import residents…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Tables (XLSX)…</source>
        <translation>&amp;Tables (XLSX)…</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Chip card holders</source>
        <translation>Chip card holders</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>C&amp;lear filter</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Save chart as SVG…</translation>
    </message>
    <message>
        <source>Save chart as PDF…</source>
        <translation>Save chart as PDF…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>population-report.pdf</source>
        <translation>population-report.pdf</translation>
    </message>
    <message>
        <source>Save tables</source>
        <translation>Save tables</translation>
    </message>
    <message>
        <source>population-tables.xlsx</source>
        <translation>population-tables.xlsx</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Import residents</translation>
    </message>
    <message>
        <source>Resident files (*.csv)</source>
        <translation>Resident files (*.csv)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ImportDialog</name>
    <message>
        <source>Importing residents</source>
        <translation>Importing residents</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancelling… nothing from this file will be stored.</source>
        <translation>Cancelling… nothing from this file will be stored.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(about %1 s left)</translation>
    </message>
    <message>
        <source>(about %1 min left)</source>
        <translation>(about %1 min left)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Done: %1 residents imported.</source>
        <translation>Done: %1 residents imported.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was stored. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n row(s) were rejected, so nothing was stored. Correct the file and import it again.</numerusform>
            <numerusform>%n row(s) were rejected, so nothing was stored. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::statistics::PopulationStore</name>
    <message>
        <source>The statistics tables need an SQLite database.</source>
        <translation>The statistics tables need an SQLite database.</translation>
    </message>
    <message>
        <source>The vault is not open, so residents cannot be stored.</source>
        <translation>The vault is not open, so residents cannot be stored.</translation>
    </message>
    <message>
        <source>The statistics tables are missing or damaged.</source>
        <translation>The statistics tables are missing or damaged.</translation>
    </message>
    <message>
        <source>A resident could not be removed from the statistics.</source>
        <translation>A resident could not be removed from the statistics.</translation>
    </message>
    <message>
        <source>A resident could not be stored.</source>
        <translation>A resident could not be stored.</translation>
    </message>
    <message>
        <source>The population counts could not be updated.</source>
        <translation>The population counts could not be updated.</translation>
    </message>
    <message>
        <source>The population counts could not be rebuilt.</source>
        <translation>The population counts could not be rebuilt.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ReportWriter</name>
    <message>
        <source>Population report</source>
        <translation>Population report</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>The report could not be written to %1.</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — as of %2</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>Residents: %1</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>Households: %1</translation>
    </message>
    <message>
        <source>Male: %1</source>
        <translation>Male: %1</translation>
    </message>
    <message>
        <source>Female: %1</source>
        <translation>Female: %1</translation>
    </message>
    <message>
        <source>Chip cards: %1</source>
        <translation>Chip cards: %1</translation>
    </message>
    <message>
        <source>Groups with fewer than 5 residents are merged or withheld for privacy.</source>
        <translation>Groups with fewer than 5 residents are merged or withheld for privacy.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ResidentImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line 1: the header is wrong: %1</source>
        <translation>Line 1: the header is wrong: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>id_number is already in the database or earlier in the file.</source>
        <translation>id_number is already in the database or earlier in the file.</translation>
    </message>
    <message>
        <source>The residents could not be stored.</source>
        <translation>The residents could not be stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.</source>
        <translation>
            <numerusform>%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.</numerusform>
            <numerusform>%n row(s) were rejected, so nothing was stored. Correct them, or import with --partial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::statistics::ResidentValidator</name>
    <message>
        <source>The column &quot;%1&quot; is not part of the format and is ignored.</source>
        <translation>The column &quot;%1&quot; is not part of the format and is ignored.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>The column &quot;%1&quot; appears twice in the header.</translation>
    </message>
    <message>
        <source>The header lacks the columns: %1.</source>
        <translation>The header lacks the columns: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>The row has %1 fields; the header has %2.</translation>
    </message>
    <message>
        <source>id_number must be exactly 12 digits.</source>
        <translation>id_number must be exactly 12 digits.</translation>
    </message>
    <message>
        <source>full_name is empty.</source>
        <translation>full_name is empty.</translation>
    </message>
    <message>
        <source>full_name is not valid UTF-8.</source>
        <translation>full_name is not valid UTF-8.</translation>
    </message>
    <message>
        <source>date_of_birth is not a real date in the form YYYY-MM-DD.</source>
        <translation>date_of_birth is not a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date_of_birth is in the future.</source>
        <translation>date_of_birth is in the future.</translation>
    </message>
    <message>
        <source>sex must be M or F.</source>
        <translation>sex must be M or F.</translation>
    </message>
    <message>
        <source>ethnicity is empty.</source>
        <translation>ethnicity is empty.</translation>
    </message>
    <message>
        <source>religion is empty.</source>
        <translation>religion is empty.</translation>
    </message>
    <message>
        <source>province_code must be 2 digits.</source>
        <translation>province_code must be 2 digits.</translation>
    </message>
    <message>
        <source>ward_code must be 5 digits.</source>
        <translation>ward_code must be 5 digits.</translation>
    </message>
    <message>
        <source>ward_code %1 does not exist.</source>
        <translation>ward_code %1 does not exist.</translation>
    </message>
    <message>
        <source>province_code %1 does not exist.</source>
        <translation>province_code %1 does not exist.</translation>
    </message>
    <message>
        <source>ward_code %1 does not belong to province %2.</source>
        <translation>ward_code %1 does not belong to province %2.</translation>
    </message>
    <message>
        <source>residence_type must be permanent or temporary.</source>
        <translation>residence_type must be permanent or temporary.</translation>
    </message>
    <message>
        <source>household_id is empty.</source>
        <translation>household_id is empty.</translation>
    </message>
    <message>
        <source>card_issued is not a real date in the form YYYY-MM-DD.</source>
        <translation>card_issued is not a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>card_issued is in the future.</source>
        <translation>card_issued is in the future.</translation>
    </message>
    <message>
        <source>card_issued is before date_of_birth.</source>
        <translation>card_issued is before date_of_birth.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::StatisticsModule</name>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::StatsCommands</name>
    <message>
        <source>  stats generate --residents N --seed S --out FILE.csv      synthetic residents
  stats import --db PATH FILE.csv [--partial] [--json]       import a resident file
  stats summary --db PATH [--province CODE] [--ward CODE] [--as-of YYYY-MM-DD] --json</source>
        <translation>  stats generate --residents N --seed S --out FILE.csv      synthetic residents
  stats import --db PATH FILE.csv [--partial] [--json]       import a resident file
  stats summary --db PATH [--province CODE] [--ward CODE] [--as-of YYYY-MM-DD] --json</translation>
    </message>
    <message>
        <source>Number of residents.</source>
        <translation>Number of residents.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same file.</source>
        <translation>Random seed; the same seed gives the same file.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>CSV file to write.</translation>
    </message>
    <message>
        <source>stats generate needs --residents N, --seed S and --out FILE.</source>
        <translation>stats generate needs --residents N, --seed S and --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Store the valid rows even when some are rejected.</source>
        <translation>Store the valid rows even when some are rejected.</translation>
    </message>
    <message>
        <source>Resident CSV file.</source>
        <translation>Resident CSV file.</translation>
    </message>
    <message>
        <source>stats import needs --db PATH and one CSV file.</source>
        <translation>stats import needs --db PATH and one CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected
</source>
        <translation>%1 imported, %2 rejected
</translation>
    </message>
    <message>
        <source>2-digit province code.</source>
        <translation>2-digit province code.</translation>
    </message>
    <message>
        <source>5-digit commune or ward code.</source>
        <translation>5-digit commune or ward code.</translation>
    </message>
    <message>
        <source>Date on which ages are counted (default today).</source>
        <translation>Date on which ages are counted (default today).</translation>
    </message>
    <message>
        <source>stats summary needs --db PATH.</source>
        <translation>stats summary needs --db PATH.</translation>
    </message>
    <message>
        <source>--province needs a 2-digit code.</source>
        <translation>--province needs a 2-digit code.</translation>
    </message>
    <message>
        <source>--ward needs a 5-digit code.</source>
        <translation>--ward needs a 5-digit code.</translation>
    </message>
    <message>
        <source>--as-of needs a real date in the form YYYY-MM-DD.</source>
        <translation>--as-of needs a real date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Residents: %1
</source>
        <translation>Residents: %1
</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::SummaryQuery</name>
    <message>
        <source>There is no province with this code.</source>
        <translation>There is no province with this code.</translation>
    </message>
    <message>
        <source>There is no ward or commune with this code.</source>
        <translation>There is no ward or commune with this code.</translation>
    </message>
    <message>
        <source>The ward does not belong to the province.</source>
        <translation>The ward does not belong to the province.</translation>
    </message>
    <message>
        <source>The statistics tables need an SQLite database.</source>
        <translation>The statistics tables need an SQLite database.</translation>
    </message>
    <message>
        <source>The statistics tables are missing or damaged.</source>
        <translation>The statistics tables are missing or damaged.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::SyntheticGenerator</name>
    <message>
        <source>The administrative units are missing, so no residents can be generated.</source>
        <translation>The administrative units are missing, so no residents can be generated.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Generating was cancelled.</source>
        <translation>Generating was cancelled.</translation>
    </message>
</context>
<context>
    <name>motcua::statistics::XlsxExport</name>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>The workbook could not be created at %1.</source>
        <translation>The workbook could not be created at %1.</translation>
    </message>
    <message>
        <source>&lt; %1 (withheld)</source>
        <translation>&lt; %1 (withheld)</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Chip card holders</source>
        <translation>Chip card holders</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Chip cards</source>
        <translation>Chip cards</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Year issued</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1.</source>
        <translation>The workbook could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::BadgePrinter</name>
    <message>
        <source>This visit is no longer in the register.</source>
        <translation>This visit is no longer in the register.</translation>
    </message>
    <message>
        <source>Badge already printed</source>
        <translation>Badge already printed</translation>
    </message>
    <message numerus="yes">
        <source>The badge of this visit was already printed %n time(s). Print it again?</source>
        <translation>
            <numerusform>The badge of this visit was already printed %n time(s). Print it again?</numerusform>
            <numerusform>The badge of this visit was already printed %n time(s). Print it again?</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge written to %1</source>
        <translation>Badge written to %1</translation>
    </message>
    <message>
        <source>The badge could not be written to %1. Check the folder.</source>
        <translation>The badge could not be written to %1. Check the folder.</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Print badge</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CardReading</name>
    <message>
        <source>Enter the card&apos;s access number: the last six digits of the ID number.</source>
        <translation>Enter the card&apos;s access number: the last six digits of the ID number.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CheckInPage</name>
    <message>
        <source>T&amp;ype details</source>
        <translation>T&amp;ype details</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Notice: your name, ID number, date of birth, sex, address and portrait are recorded to manage access to this building and kept for %1 days; you may ask to see or delete them.</source>
        <translation>Notice: your name, ID number, date of birth, sex, address and portrait are recorded to manage access to this building and kept for %1 days; you may ask to see or delete them.</translation>
    </message>
    <message>
        <source>The visitor has read the notice and &amp;consents</source>
        <translation>The visitor has read the notice and &amp;consents</translation>
    </message>
    <message>
        <source>The card failed verification: why do you let the person in?</source>
        <translation>The card failed verification: why do you let the person in?</translation>
    </message>
    <message>
        <source>Check &amp;in (Enter)</source>
        <translation>Check &amp;in (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>&amp;Print badge</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Expected &amp;duration:</source>
        <translation>Expected &amp;duration:</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Reading %1… %p%</source>
        <translation>Reading %1… %p%</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(no host)</translation>
    </message>
    <message>
        <source>⚠ The card reader service is not running. Cards cannot be read; scan the QR code or type the details.</source>
        <translation>⚠ The card reader service is not running. Cards cannot be read; scan the QR code or type the details.</translation>
    </message>
    <message>
        <source>⚠ No card reader is connected. Plug one in — it is picked up by itself.</source>
        <translation>⚠ No card reader is connected. Plug one in — it is picked up by itself.</translation>
    </message>
    <message>
        <source>Card on the reader.</source>
        <translation>Card on the reader.</translation>
    </message>
    <message>
        <source>Reader ready: put the visitor&apos;s card on the reader.</source>
        <translation>Reader ready: put the visitor&apos;s card on the reader.</translation>
    </message>
    <message>
        <source>Now put the card on the reader.</source>
        <translation>Now put the card on the reader.</translation>
    </message>
    <message>
        <source>The card could not be read: %1 Scan the QR code or type the details.</source>
        <translation>The card could not be read: %1 Scan the QR code or type the details.</translation>
    </message>
    <message>
        <source>⚠ The card has expired.</source>
        <translation>⚠ The card has expired.</translation>
    </message>
    <message>
        <source>Inside since %1 with badge %2. Press Enter to check out.</source>
        <translation>Inside since %1 with badge %2. Press Enter to check out.</translation>
    </message>
    <message>
        <source>Returning visitor: consent on file.</source>
        <translation>Returning visitor: consent on file.</translation>
    </message>
    <message>
        <source>Invited by %1 until %2.</source>
        <translation>Invited by %1 until %2.</translation>
    </message>
    <message>
        <source>⚠ Same name and date of birth as a watchlist entry (%1). Check the person; check-in is allowed.</source>
        <translation>⚠ Same name and date of birth as a watchlist entry (%1). Check the person; check-in is allowed.</translation>
    </message>
    <message>
        <source>Check &amp;out (Enter)</source>
        <translation>Check &amp;out (Enter)</translation>
    </message>
    <message>
        <source>Checked out: %1 (badge %2).</source>
        <translation>Checked out: %1 (badge %2).</translation>
    </message>
    <message>
        <source>Already checked in (badge %1): another desk registered this visit.</source>
        <translation>Already checked in (badge %1): another desk registered this visit.</translation>
    </message>
    <message>
        <source>Checked in — badge %1. Print the badge with Ctrl+P.</source>
        <translation>Checked in — badge %1. Print the badge with Ctrl+P.</translation>
    </message>
    <message>
        <source>Write the reason for letting this person in.</source>
        <translation>Write the reason for letting this person in.</translation>
    </message>
    <message>
        <source>The person was turned away; the event is in the logbook.</source>
        <translation>The person was turned away; the event is in the logbook.</translation>
    </message>
    <message>
        <source>Scan the card&apos;s QR code, or type the ID number (12 digits, or its last 6)</source>
        <translation>Scan the card&apos;s QR code, or type the ID number (12 digits, or its last 6)</translation>
    </message>
    <message>
        <source>Type the ID number (12 digits, or its last 6), or scan the QR code.</source>
        <translation>Type the ID number (12 digits, or its last 6), or scan the QR code.</translation>
    </message>
    <message>
        <source>The card is not one the desk expects. Type the visitor&apos;s ID number (12 digits, or its last 6) and press Enter, or scan the card&apos;s QR code.</source>
        <translation>The card is not one the desk expects. Type the visitor&apos;s ID number (12 digits, or its last 6) and press Enter, or scan the card&apos;s QR code.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::CheckInService</name>
    <message>
        <source>The ID number must have 12 digits.</source>
        <translation>The ID number must have 12 digits.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s full name.</source>
        <translation>Enter the visitor&apos;s full name.</translation>
    </message>
    <message>
        <source>The visitor has not given consent. Read the notice to the visitor and tick the box.</source>
        <translation>The visitor has not given consent. Read the notice to the visitor and tick the box.</translation>
    </message>
    <message>
        <source>The card failed verification. Check the person and give a reason to proceed.</source>
        <translation>The card failed verification. Check the person and give a reason to proceed.</translation>
    </message>
    <message>
        <source>This person is on the watchlist. Check-in needs a supervisor.</source>
        <translation>This person is on the watchlist. Check-in needs a supervisor.</translation>
    </message>
    <message>
        <source>Give the reason for letting a watchlisted person in.</source>
        <translation>Give the reason for letting a watchlisted person in.</translation>
    </message>
    <message>
        <source>This visitor has already left.</source>
        <translation>This visitor has already left.</translation>
    </message>
    <message>
        <source>No visitor inside has badge %1. Check the number on the badge.</source>
        <translation>No visitor inside has badge %1. Check the number on the badge.</translation>
    </message>
    <message>
        <source>This person is not checked in.</source>
        <translation>This person is not checked in.</translation>
    </message>
    <message>
        <source>This visit is no longer in the register.</source>
        <translation>This visit is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::DutyLogbook</name>
    <message>
        <source>Morning shift (06:00–14:00)</source>
        <translation>Morning shift (06:00–14:00)</translation>
    </message>
    <message>
        <source>Afternoon shift (14:00–22:00)</source>
        <translation>Afternoon shift (14:00–22:00)</translation>
    </message>
    <message>
        <source>Night shift (22:00–06:00)</source>
        <translation>Night shift (22:00–06:00)</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>All shifts</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Automatic sign-out</source>
        <translation>Automatic sign-out</translation>
    </message>
    <message>
        <source>Watchlist alert</source>
        <translation>Watchlist alert</translation>
    </message>
    <message>
        <source>Watchlist override</source>
        <translation>Watchlist override</translation>
    </message>
    <message>
        <source>Verification override</source>
        <translation>Verification override</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Write the remark first.</source>
        <translation>Write the remark first.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::HistoryPage</name>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Name, with or without accents</source>
        <translation>Name, with or without accents</translation>
    </message>
    <message>
        <source>(any host)</source>
        <translation>(any host)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>E&amp;xport person&apos;s data…</translation>
    </message>
    <message>
        <source>E&amp;rase person&apos;s data…</source>
        <translation>E&amp;rase person&apos;s data…</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) found.</source>
        <translation>
            <numerusform>%n visit(s) found.</numerusform>
            <numerusform>%n visit(s) found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n visit(s) of this person.</source>
        <translation>
            <numerusform>All %n visit(s) of this person.</numerusform>
            <numerusform>All %n visit(s) of this person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the person&apos;s 12-digit ID number in the ID field first.</source>
        <translation>Type the person&apos;s 12-digit ID number in the ID field first.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>All visits, the profile and the portrait of this person will be deleted for good. Continue?</source>
        <translation>All visits, the profile and the portrait of this person will be deleted for good. Continue?</translation>
    </message>
    <message>
        <source>Erased: %1 visit(s), %2 profile(s).</source>
        <translation>Erased: %1 visit(s), %2 profile(s).</translation>
    </message>
    <message>
        <source>The person&apos;s data was written to %1</source>
        <translation>The person&apos;s data was written to %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::HostDirectory</name>
    <message>
        <source>Enter the host&apos;s name.</source>
        <translation>Enter the host&apos;s name.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InsideNowPage</name>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>In since</translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation>Expected until</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <source>Check out &amp;badge</source>
        <translation>Check out &amp;badge</translation>
    </message>
    <message>
        <source>Check out &amp;selected</source>
        <translation>Check out &amp;selected</translation>
    </message>
    <message>
        <source>Print &amp;evacuation list</source>
        <translation>Print &amp;evacuation list</translation>
    </message>
    <message>
        <source>Check out by badge:</source>
        <translation>Check out by badge:</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) inside</source>
        <translation>
            <numerusform>%n visitor(s) inside</numerusform>
            <numerusform>%n visitor(s) inside</numerusform>
        </translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(no host)</translation>
    </message>
    <message>
        <source>By department — %1
By host — %2</source>
        <translation>By department — %1
By host — %2</translation>
    </message>
    <message>
        <source>Select a visitor in the list first.</source>
        <translation>Select a visitor in the list first.</translation>
    </message>
    <message>
        <source>Checked out: %1 (badge %2).</source>
        <translation>Checked out: %1 (badge %2).</translation>
    </message>
    <message>
        <source>Evacuation list written to %1</source>
        <translation>Evacuation list written to %1</translation>
    </message>
    <message>
        <source>The evacuation list could not be written to %1.</source>
        <translation>The evacuation list could not be written to %1.</translation>
    </message>
    <message>
        <source>Print evacuation list</source>
        <translation>Print evacuation list</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InvitationBook</name>
    <message>
        <source>The ID number must have 12 digits.</source>
        <translation>The ID number must have 12 digits.</translation>
    </message>
    <message>
        <source>The invitation must end after it starts.</source>
        <translation>The invitation must end after it starts.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::InvitationsPage</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <source>&amp;Cancel selected invitation</source>
        <translation>&amp;Cancel selected invitation</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID number (12 digits):</source>
        <translation>ID number (12 digits):</translation>
    </message>
    <message>
        <source>Guest&apos;s full name:</source>
        <translation>Guest&apos;s full name:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(no host)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expected now</source>
        <translation>Expected now</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Coming</translation>
    </message>
    <message>
        <source>%1 is invited.</source>
        <translation>%1 is invited.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::LogbookPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Remark for the logbook (hand-over, incidents…)</source>
        <translation>Remark for the logbook (hand-over, incidents…)</translation>
    </message>
    <message>
        <source>&amp;Add remark</source>
        <translation>&amp;Add remark</translation>
    </message>
    <message>
        <source>&amp;PDF (A4)</source>
        <translation>&amp;PDF (A4)</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>E&amp;xcel (XLSX)</translation>
    </message>
    <message>
        <source>Remark added.</source>
        <translation>Remark added.</translation>
    </message>
    <message>
        <source>Logbook written to %1</source>
        <translation>Logbook written to %1</translation>
    </message>
    <message>
        <source>The logbook could not be written to %1.</source>
        <translation>The logbook could not be written to %1.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print duty logbook</source>
        <translation>Print duty logbook</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::ManualEntryBox</name>
    <message>
        <source>Type the details from the card</source>
        <translation>Type the details from the card</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Use these details</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation>Place of residence:</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s full name.</source>
        <translation>Enter the visitor&apos;s full name.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::StatisticsPage</name>
    <message>
        <source>Visits per day</source>
        <translation>Visits per day</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>By sex</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>By age band</translation>
    </message>
    <message>
        <source>By province of residence</source>
        <translation>By province of residence</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::SubjectRights</name>
    <message>
        <source>Visitor register of the front desk</source>
        <translation>Visitor register of the front desk</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorDocuments</name>
    <message>
        <source>Visitor badge</source>
        <translation>Visitor badge</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>VISITOR</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Return this badge when you leave.</source>
        <translation>Return this badge when you leave.</translation>
    </message>
    <message>
        <source>Evacuation list</source>
        <translation>Evacuation list</translation>
    </message>
    <message>
        <source>EVACUATION LIST OF VISITORS ON SITE</source>
        <translation>EVACUATION LIST OF VISITORS ON SITE</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n person(s) inside</source>
        <translation>
            <numerusform>At %1: %n person(s) inside</numerusform>
            <numerusform>At %1: %n person(s) inside</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Host / department</source>
        <translation>Host / department</translation>
    </message>
    <message>
        <source>In since</source>
        <translation>In since</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Person in charge
(signature, full name)</source>
        <translation>Person in charge
(signature, full name)</translation>
    </message>
    <message>
        <source>Duty logbook</source>
        <translation>Duty logbook</translation>
    </message>
    <message>
        <source>DUTY LOGBOOK</source>
        <translation>DUTY LOGBOOK</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Day %1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Handed over by
(signature, full name)</source>
        <translation>Handed over by
(signature, full name)</translation>
    </message>
    <message>
        <source>Received by
(signature, full name)</source>
        <translation>Received by
(signature, full name)</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Duty logbook %1 — %2</source>
        <translation>Duty logbook %1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorRepository</name>
    <message>
        <source>This visitor is no longer in the register.</source>
        <translation>This visitor is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsDesk</name>
    <message>
        <source>The encrypted store is not available.</source>
        <translation>The encrypted store is not available.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsModule</name>
    <message>
        <source>Visitor check-in</source>
        <translation>Visitor check-in</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Duty logbook</source>
        <translation>Duty logbook</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Visit history</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Visitor statistics</translation>
    </message>
    <message>
        <source>Watchlist and hosts</source>
        <translation>Watchlist and hosts</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::VisitorsSettingsPage</name>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Sign everyone out automatically at:</source>
        <translation>Sign everyone out automatically at:</translation>
    </message>
    <message>
        <source>Keep visits for:</source>
        <translation>Keep visits for:</translation>
    </message>
    <message>
        <source>Keep visitor profiles (with portraits) for:</source>
        <translation>Keep visitor profiles (with portraits) for:</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::Watchlist</name>
    <message>
        <source>Enter the ID number, or the full name and the date of birth of the person.</source>
        <translation>Enter the ID number, or the full name and the date of birth of the person.</translation>
    </message>
    <message>
        <source>Enter the reason for the watchlist entry.</source>
        <translation>Enter the reason for the watchlist entry.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WatchlistAlert</name>
    <message>
        <source>STOP — this person is on the watchlist</source>
        <translation>STOP — this person is on the watchlist</translation>
    </message>
    <message>
        <source>Supervisor: reason for letting this person in</source>
        <translation>Supervisor: reason for letting this person in</translation>
    </message>
    <message>
        <source>Let in (&amp;supervisor)</source>
        <translation>Let in (&amp;supervisor)</translation>
    </message>
    <message>
        <source>&amp;Turn away</source>
        <translation>&amp;Turn away</translation>
    </message>
    <message>
        <source>Reason: %1 (level: %2)</source>
        <translation>Reason: %1 (level: %2)</translation>
    </message>
    <message>
        <source>%1 matches a watchlist entry by ID number. Do not let the person in without a supervisor.</source>
        <translation>%1 matches a watchlist entry by ID number. Do not let the person in without a supervisor.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WatchlistPage</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>&amp;Add to watchlist</source>
        <translation>&amp;Add to watchlist</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add &amp;host</source>
        <translation>Add &amp;host</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Hosts and departments</source>
        <translation>Hosts and departments</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Added to the watchlist.</source>
        <translation>Added to the watchlist.</translation>
    </message>
    <message>
        <source>Removed from the watchlist.</source>
        <translation>Removed from the watchlist.</translation>
    </message>
    <message>
        <source>Host added.</source>
        <translation>Host added.</translation>
    </message>
</context>
<context>
    <name>motcua::visitors::WriteRetry</name>
    <message>
        <source>The database is busy (another desk is saving). Try again in a moment.</source>
        <translation>The database is busy (another desk is saving). Try again in a moment.</translation>
    </message>
</context>
</TS>
