; Inno Setup 6 script for the Windows installer of timeline-app.
;
; Build (on Windows, from the repository root, in the build venv):
;   python packaging\build.py bundle            -> dist\timeline-app\ (and build\icons\timeline-app.ico)
;   python packaging\build.py win-installer     -> dist\timeline-app-<version>-setup.exe
; which runs:
;   iscc /DAppVersion=<version> packaging\windows\timeline-app.iss
;
; What it does:
; - installs the one-folder bundle dist\timeline-app\ (the app, its Python, Qt and licences);
; - per-user (no admin rights, into %LOCALAPPDATA%\Programs\Timeline) or for all users
;   (admin, into C:\Program Files\Timeline): the setup asks, or use /CURRENTUSER or
;   /ALLUSERS on the command line; registry entries follow the choice (HKA);
; - a Start-menu shortcut, and a desktop shortcut when the user ticks it;
; - the file association: *.tljson files open in Timeline with its icon; Timeline is added
;   to "Open with" for *.json files (Windows associates by the last extension only, so a
;   name like ancient-greece.timeline.json is a .json file to Explorer: it cannot get its
;   own icon without taking over every .json file, which this installer does not do);
; - an uninstaller (Settings > Apps), which removes the files, shortcuts and registry entries.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Timeline"
#define AppExe "timeline-app.exe"
#define ProgId "TimelineApp.Timeline"
#define Root "..\.."

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installation by it.
AppId={{DE7E5FAC-C8C4-4B8A-BCE0-9C75DBFB9059}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The timeline-app developers
AppPublisherURL=https://github.com/timeline-app/timeline-app
AppSupportURL=https://github.com/timeline-app/timeline-app/issues
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog offers "for all users" (asks for admin rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=timeline-app-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\timeline-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "Open timeline files (*.tljson, *.timeline, *.mw) with {#AppName}, and offer it for spreadsheets and *.json files"; GroupDescription: "File types:"

[Files]
Source: "{#Root}\dist\timeline-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no stale Qt or Python files from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Zoomable timelines with source quotes for teaching history"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The file type (ProgID): name, icon (the one in the executable), how to open.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Timeline"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
; *.tljson belongs to Timeline.
Root: HKA; Subkey: "Software\Classes\.tljson"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.tljson"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-timeline-app+json"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.tljson\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
; The Timeline Project's *.timeline and markwhen's *.mw: Timeline opens them, beside any other
; program that does (Open with), without taking them over.
Root: HKA; Subkey: "Software\Classes\.timeline\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.mw\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
; *.json (and so *.timeline.json), TimelineJS sheets (*.csv, *.xlsx, *.ods) and SIMILE's *.xml:
; Timeline appears under "Open with"; the default stays.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.ods\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.xml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
; The application itself, for "Open with" and Default Apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tljson"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".timeline"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mw"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "timeline-app" typed in Win+R or cmd's `start` finds the executable.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app never writes here, but a crashed Qt or Python may leave behind.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
