; Inno Setup 6 script: dist\nomos-desk\ (the PyInstaller bundle) -> dist\nomos-desk-<version>-setup.exe
;     iscc /DAppVersion=0.1.0 packaging\windows\nomos-desk.iss
; Per-user install by default (no admin rights needed); IT installs for all users with
; /ALLUSERS. Silent install, upgrade and removal: see packaging/README.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\nomos-desk.iss
#endif

[Setup]
; The AppId identifies the product for upgrades and removal: never change it.
AppId={{09420666-6072-4CD6-94C8-506045EEEAEC}
AppName=Nomos Desk
AppVersion={#AppVersion}
AppVerName=Nomos Desk {#AppVersion}
AppPublisher=Nomos Desk
AppPublisherURL=https://nomos.energy
AppSupportURL=https://docs.nomos.energy
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Nomos Desk
DefaultDirName={autopf}\Nomos Desk
DefaultGroupName=Nomos Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=nomos-desk-{#AppVersion}-setup
SetupIconFile=resources\nomos-desk.ico
UninstallDisplayIcon={app}\nomos-desk.exe
UninstallDisplayName=Nomos Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update asks a running Nomos Desk to close (Restart Manager) before replacing its files.
CloseApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\nomos-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Files of an older version that this one no longer ships must not linger.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Nomos Desk"; Filename: "{app}\nomos-desk.exe"; AppUserModelID: "energy.nomos.desk"
Name: "{autodesktop}\Nomos Desk"; Filename: "{app}\nomos-desk.exe"; AppUserModelID: "energy.nomos.desk"; Tasks: desktopicon

[Registry]
; nomos-desk://open/<id> links (from a ticket system, an e-mail) open the record in Nomos Desk.
Root: HKA; Subkey: "Software\Classes\nomos-desk"; ValueType: string; ValueName: ""; ValueData: "URL:Nomos Desk link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\nomos-desk"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\nomos-desk\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\nomos-desk.exe"",0"
Root: HKA; Subkey: "Software\Classes\nomos-desk\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\nomos-desk.exe"" ""%1"""

[Run]
Filename: "{app}\nomos-desk.exe"; Description: "{cm:LaunchProgram,Nomos Desk}"; Flags: nowait postinstall skipifsilent
